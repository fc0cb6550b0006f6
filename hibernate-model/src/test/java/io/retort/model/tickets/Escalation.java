package io.retort.model.tickets;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;

/** A second table using the same PostgreSQL enum type as {@link Ticket}: one type, two columns. */
@Entity
public class Escalation {

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(optional = false)
    public Ticket ticket;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    public Ticket.Priority raisedTo;
}
