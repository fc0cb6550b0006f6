package io.retort.model.shopv2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "products", indexes = @jakarta.persistence.Index(name = "ix_products_title", columnList = "title"))
public class Product {

    @Id
    public UUID id;

    @Column(length = 120)
    public String title;

    @Column(precision = 10, scale = 2, nullable = false)
    public BigDecimal price;

    public double weight;

    public float rating;

    public short stock;

    public byte[] thumbnail;

    @Column(columnDefinition = "text")
    public String description;
}
