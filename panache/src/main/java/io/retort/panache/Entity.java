package io.retort.panache;

import com.github.f4b6a3.ulid.UlidCreator;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A Hibernate Reactive Panache entity with a ULID {@code id}, {@code created_at} and
 * {@code updated_at} timestamps and a JSON list of {@code tags}: the columns
 * {@code TableSpec.entityColumns()} creates in a revision. Subclasses are ordinary Panache entities.
 */
@MappedSuperclass
public abstract class Entity extends PanacheEntityBase {

    /** A ULID, assigned when the entity is first persisted: sortable by creation time, 26 characters. */
    @Id
    @Column(length = 26, nullable = false)
    public String id;

    /**
     * When the row was inserted; the database fills it for rows inserted by plain SQL. Declared as the
     * {@code entityColumns()} helper creates it ({@code timestamp with time zone}, no explicit
     * precision), so Hibernate's own DDL and Retort's agree exactly.
     */
    @ColumnDefault("CURRENT_TIMESTAMP")
    @Column(name = "created_at", nullable = false, updatable = false, columnDefinition = "timestamp with time zone")
    public OffsetDateTime createdAt;

    /** When the row last changed through Hibernate. */
    @ColumnDefault("CURRENT_TIMESTAMP")
    @Column(name = "updated_at", nullable = false, columnDefinition = "timestamp with time zone")
    public OffsetDateTime updatedAt;

    /** Free-form labels, stored as a JSON array. */
    @JdbcTypeCode(SqlTypes.JSON_ARRAY)
    @ColumnDefault("'[]'")
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @PrePersist
    void assignIdAndTimestamps() {
        if (id == null) {
            id = UlidCreator.getMonotonicUlid().toString();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        if (tags == null) {
            tags = new ArrayList<>();
        }
    }

    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
