package io.retort.model.warehouse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

@Entity
public class Item {

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, unique = true, length = 24)
    public String sku;

    public String name;

    @ManyToOne
    public Category category;

    @ManyToOne
    public Supplier supplier;

    @ManyToMany
    @JoinTable(name = "item_tags")
    public Set<Tag> tags;

    @ManyToMany
    @JoinTable(name = "kit_parts")
    public Set<Item> parts;

    public double weightKg;

    public Float volume;
}
