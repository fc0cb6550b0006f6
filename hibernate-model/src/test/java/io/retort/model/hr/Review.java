package io.retort.model.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Check;

@Entity
@Table(name = "performance_reviews")
@Check(constraints = "score >= 1 and score <= 5")
public class Review {

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(optional = false)
    public Employee employee;

    @ManyToOne
    public Employee reviewer;

    public int score;

    @Lob
    public String notes;

    @Column(nullable = false)
    public OffsetDateTime heldAt;
}
