package io.retort.model.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = { "employee_id", "project_id", "day" }))
public class Timesheet {

    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(optional = false)
    public Employee employee;

    @ManyToOne(optional = false)
    public Project project;

    @Column(nullable = false)
    public LocalDate day;

    @Column(precision = 4, scale = 2, nullable = false)
    public BigDecimal hours;
}
