package io.retort.model.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "purchase_events")
@PrimaryKeyJoinColumn(name = "event_id")
public class Purchase extends Event {

    @Column(precision = 14, scale = 2, nullable = false)
    public BigDecimal total;
}
