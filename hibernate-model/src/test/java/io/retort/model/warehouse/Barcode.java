package io.retort.model.warehouse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.NaturalId;

@Entity
public class Barcode {

    @Id
    public Long id;

    @NaturalId
    @Column(length = 14, nullable = false)
    public String gtin;

    @ManyToOne(optional = false)
    public Item item;
}
