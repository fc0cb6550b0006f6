package io.retort.model.warehouse;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = { "aisle", "shelf", "slot" }))
public class Bin {

    @Id
    public Integer id;

    public String aisle;

    public short shelf;

    public short slot;

    @ManyToOne
    public Depot depot;
}
