package io.retort.model.hr;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "leaves")
public class Leave {

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(optional = false)
    public Employee employee;

    @Enumerated
    public Kind kind;

    public LocalDate fromDay;

    public LocalDate toDay;

    public boolean approved;

    public enum Kind {
        VACATION, SICK, PARENTAL, UNPAID
    }
}
