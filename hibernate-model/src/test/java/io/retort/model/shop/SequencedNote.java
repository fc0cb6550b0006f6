package io.retort.model.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Hibernate's default generator: a sequence, as PanacheEntity uses. */
@Entity
@Table(name = "notes")
public class SequencedNote {

    @Id
    @GeneratedValue
    public Long id;

    public String body;
}
