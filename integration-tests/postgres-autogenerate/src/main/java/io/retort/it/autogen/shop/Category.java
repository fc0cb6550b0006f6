package io.retort.it.autogen.shop;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** PanacheEntity: a sequence-generated id from the mapped superclass. */
@Entity
@Table(name = "categories")
public class Category extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 60)
    public String name;

    @ManyToOne
    public Category parent;
}
