package io.retort.model.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

@Entity
@Table(name = "express_parcels")
public class ExpressParcel extends Parcel {

    @Convert(converter = UpperCaseConverter.class)
    @Column(length = 40, nullable = false)
    public String courier;

    @Lob
    public String instructions;
}
