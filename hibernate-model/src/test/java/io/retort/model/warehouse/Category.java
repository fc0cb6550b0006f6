package io.retort.model.warehouse;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;

/** A tree kept in order: the children's position lives in their own table. */
@Entity
public class Category {

    @Id
    @GeneratedValue
    public Long id;

    public String name;

    @OneToMany
    @JoinColumn(name = "parent_id")
    @OrderColumn(name = "sibling_order")
    public List<Category> children;
}
