package io.retort.model.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcType;
import org.hibernate.dialect.type.PostgreSQLEnumJdbcType;

/** Enums as PostgreSQL's own enum types, next to the STRING and ORDINAL forms. */
@Entity
public class Ticket {

    @Id
    @GeneratedValue
    public Long id;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    @Column(nullable = false)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @JdbcType(PostgreSQLEnumJdbcType.class)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    public Stage stageAsText;

    @Enumerated(EnumType.ORDINAL)
    public Priority priorityAsNumber;

    public enum Priority {
        LOW, NORMAL, HIGH, URGENT
    }

    public enum Stage {
        OPEN, IN_PROGRESS, WAITING, CLOSED
    }
}
