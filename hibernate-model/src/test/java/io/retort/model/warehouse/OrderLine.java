package io.retort.model.warehouse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class OrderLine {

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(optional = false)
    public PurchaseOrder order;

    @ManyToOne(optional = false)
    public Item item;

    public int quantity;

    @Column(precision = 12, scale = 4)
    public BigDecimal unitPrice;
}
