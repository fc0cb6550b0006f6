package io.retort.model.events;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;

/** A converted enum, a collection of enums, an ordered collection of embeddables, a unique column. */
@Entity
@Table(name = "incidents")
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    @Column(unique = true, length = 16, nullable = false)
    public String code;

    @Convert(converter = SeverityConverter.class)
    @Column(length = 1)
    public Severity severity;

    @ElementCollection
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "incident_severities")
    public Set<Severity> escalations;

    @ElementCollection
    @OrderColumn
    @CollectionTable(name = "incident_steps")
    public List<Step> steps;
}
