package io.retort.examples.custom;

import io.retort.panache.Entity;
import jakarta.persistence.Column;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@jakarta.persistence.Entity
@Table(name = "orders", indexes = @Index(name = "ix_orders_user_id", columnList = "user_id"))
public class Order extends Entity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    public User user;

    @Column(name = "total_amount", nullable = false, precision = 10, scale = 2)
    public BigDecimal totalAmount;

    @ColumnDefault("'pending'")
    @Column(nullable = false, length = 20)
    public String status = "pending";
}
