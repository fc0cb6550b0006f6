package io.retort.model.warehouse;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.time.Instant;

/** Keyed by item and bin through an embedded id whose parts are references. */
@Entity
public class StockLevel {

    @EmbeddedId
    public StockKey key;

    @MapsId("itemId")
    @ManyToOne
    public Item item;

    @MapsId("binId")
    @ManyToOne
    public Bin bin;

    public int quantity;

    public Instant countedAt;
}
