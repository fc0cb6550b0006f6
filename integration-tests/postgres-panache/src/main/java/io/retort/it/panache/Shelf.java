package io.retort.it.panache;

import io.retort.panache.Entity;
import jakarta.persistence.Column;
import jakarta.persistence.Table;

/** An entity on Retort's Entity base: ULID id, timestamps and tags come with it. */
@jakarta.persistence.Entity
@Table(name = "shelves")
public class Shelf extends Entity {

    @Column(nullable = false, length = 80)
    public String name;
}
