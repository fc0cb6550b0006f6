package io.retort.model.warehouse;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.time.LocalDate;
import java.util.List;

@Entity
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    public Supplier supplier;

    @Enumerated(EnumType.STRING)
    public State state;

    public LocalDate expected;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    public List<OrderLine> lines;

    public enum State {
        DRAFT, SENT, RECEIVED, CANCELLED
    }
}
