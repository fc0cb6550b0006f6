package io.retort.tables.entity;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * Links an artifact to its config ({@code config_artifacts}); an artifact belongs to one config.
 * The key columns are declared as 26-character ULIDs: Hibernate would otherwise size derived key
 * columns at 255.
 */
@Entity
@Table(name = "config_artifacts")
@IdClass(ConfigArtifact.Key.class)
public class ConfigArtifact extends PanacheEntityBase {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "config_id", columnDefinition = "varchar(26)")
    @OnDelete(action = OnDeleteAction.CASCADE)
    public Config config;

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "artifact_id", unique = true, columnDefinition = "varchar(26)")
    @OnDelete(action = OnDeleteAction.CASCADE)
    public Artifact artifact;

    /** The composite key: the two ULIDs. */
    public static class Key implements Serializable {

        public String config;
        public String artifact;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(config, key.config) && Objects.equals(artifact, key.artifact);
        }

        @Override
        public int hashCode() {
            return Objects.hash(config, artifact);
        }
    }
}
