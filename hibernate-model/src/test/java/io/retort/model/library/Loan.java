package io.retort.model.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** AUTO ids (Hibernate's sequence), a composite reference to a book with an @IdClass key. */
@Entity
@Table(name = "loans")
public class Loan {

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumns({ @JoinColumn(name = "book_prefix", referencedColumnName = "prefix"),
            @JoinColumn(name = "book_number", referencedColumnName = "number") })
    public Book book;

    public LocalDate due;
}
