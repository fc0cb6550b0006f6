package io.retort.model.library;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** An embedded id, and a unique constraint over embedded columns. */
@Entity
@Table(name = "authors", uniqueConstraints = @UniqueConstraint(columnNames = { "home_city", "home_street" }))
public class Author {

    @EmbeddedId
    public AuthorId id;

    @Column(nullable = false)
    public String name;

    @Embedded
    @AttributeOverride(name = "city", column = @Column(name = "home_city", length = 80))
    @AttributeOverride(name = "street", column = @Column(name = "home_street", length = 120))
    public Place home;
}
