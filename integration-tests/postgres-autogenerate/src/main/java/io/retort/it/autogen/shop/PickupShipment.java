package io.retort.it.autogen.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "pickup_shipments")
public class PickupShipment extends Shipment {

    public String store;
}
