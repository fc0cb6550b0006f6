package io.retort.it.autogen.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "express_shipments")
public class ExpressShipment extends Shipment {

    @Column(nullable = false, length = 40)
    public String courier;
}
