package io.retort.model.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Every java.time type, a UUID, an index with a DESC key, a cascading foreign key. */
@Entity
@Table(name = "entries", indexes = {
        @Index(name = "ix_entries_account_booked", columnList = "account_id, booked_on DESC"),
        @Index(columnList = "reference", unique = true) })
public class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    public Account account;

    @Column(length = 40)
    public String reference;

    @Column(name = "booked_on")
    public LocalDate bookedOn;

    public LocalTime cutoff;

    public LocalDateTime localStamp;

    public OffsetDateTime offsetStamp;

    public ZonedDateTime zonedStamp;

    public Instant instant;

    public OffsetTime offsetTime;

    public Duration holdFor;

    public Year fiscalYear;

    @Column(precision = 3)
    public LocalDateTime millis;
}
