package io.retort.model.warehouse;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Map;

@Entity
@Table(indexes = @Index(columnList = "shipped_at DESC"))
public class Shipment {

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne
    public Carrier carrier;

    @ManyToOne
    public Depot origin;

    @Column(name = "shipped_at")
    public LocalDateTime shippedAt;

    @ElementCollection
    @CollectionTable(name = "shipment_parcels")
    @MapKeyColumn(name = "parcel_code", length = 30)
    @Column(name = "weight_grams")
    public Map<String, Integer> parcels;
}
