package io.retort.model.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** JOINED inheritance, a one-to-one, and a named sequence generator. */
@Entity
@Table(name = "parcels")
@Inheritance(strategy = InheritanceType.JOINED)
public class Parcel {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parcel_ids")
    @SequenceGenerator(name = "parcel_ids", sequenceName = "parcel_ids", allocationSize = 5)
    public Long id;

    @OneToOne
    public Purchase purchase;

    public int weightGrams;
}
