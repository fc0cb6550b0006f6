package io.retort.it.panache;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "books")
public class Book extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    public Author author;

    public LocalDate published;

    @Column(precision = 10, scale = 2)
    public BigDecimal price;

    @Column(name = "in_print", nullable = false)
    public boolean inPrint = true;
}
