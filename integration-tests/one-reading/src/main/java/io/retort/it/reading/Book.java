package io.retort.it.reading;

import io.retort.it.readinglib.Publisher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The application's own entity, referring to the dependency jar's; subtitle is the change no revision covers. */
@Entity
public class Book {

    @Id
    public Long id;

    @Column(nullable = false, length = 120)
    public String title;

    @ManyToOne
    public Publisher publisher;

    public String subtitle;
}
