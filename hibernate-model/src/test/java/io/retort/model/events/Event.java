package io.retort.model.events;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** JOINED inheritance from a mapped superclass, ids from a sequence with its own start and step. */
@Entity
@Table(name = "events")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Event extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_ids")
    @SequenceGenerator(name = "event_ids", sequenceName = "event_ids", initialValue = 1000, allocationSize = 20)
    public Long id;

    public String source;
}
