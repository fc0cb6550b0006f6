package io.retort.tables.entity;

import io.retort.panache.Entity;
import jakarta.persistence.Column;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A binary artifact in a hierarchy ({@code artifacts}); deleting a parent leaves its children as roots. */
@jakarta.persistence.Entity
@Table(name = "artifacts", indexes = {
        @Index(name = "ix_artifacts_parent_id", columnList = "parent_id"),
        @Index(name = "ix_artifacts_level", columnList = "level") })
public class Artifact extends Entity {

    @ManyToOne
    @JoinColumn(name = "parent_id")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    public Artifact parent;

    @Column(nullable = false)
    public byte[] data;

    @Column(nullable = false)
    public int level;
}
