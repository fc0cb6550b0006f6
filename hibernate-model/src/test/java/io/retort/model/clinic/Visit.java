package io.retort.model.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An index with a descending column. */
@Entity
@Table(name = "visits", indexes = @Index(name = "ix_visits_owner_recent", columnList = "owner_id, issued_on DESC"))
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_id")
    public Long ownerId;

    @Column(name = "issued_on")
    public LocalDate issuedOn;
}
