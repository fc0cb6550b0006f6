package io.retort.it.readinglib;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity from a dependency jar; the application's naming strategy names its table rd_publisher. */
@Entity
public class Publisher {

    @Id
    public Long id;

    @Column(nullable = false, length = 80)
    public String displayName;
}
