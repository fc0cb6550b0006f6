package io.retort.model.warehouse;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class StockKey implements Serializable {

    public Long itemId;

    public Integer binId;

    @Override
    public boolean equals(Object other) {
        return other instanceof StockKey key && Objects.equals(itemId, key.itemId) && Objects.equals(binId, key.binId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, binId);
    }
}
