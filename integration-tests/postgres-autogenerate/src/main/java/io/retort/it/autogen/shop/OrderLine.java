package io.retort.it.autogen.shop;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "order_lines")
public class OrderLine extends PanacheEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    public PurchaseOrder order;

    @ManyToOne(optional = false)
    public Product product;

    public int quantity;

    @Column(precision = 10, scale = 2, nullable = false)
    public BigDecimal unitPrice;
}
