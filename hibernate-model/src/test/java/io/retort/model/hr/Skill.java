package io.retort.model.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A key chosen by the application. */
@Entity
public class Skill {

    @Id
    @Column(length = 32)
    public String code;

    public String description;
}
