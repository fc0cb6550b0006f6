package io.retort.deployment.entities;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "gadgets")
public class Gadget extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(nullable = false, length = 60)
    public String name;

    public Integer weight;
}
