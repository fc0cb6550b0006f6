package io.retort.model.hr;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Entity
public class Employee {

    @Id
    @GeneratedValue
    public Long id;

    @Basic(optional = false)
    public String fullName;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    public Department department;

    @ManyToOne
    public Employee manager;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, nullable = false)
    public Grade grade;

    @Column(precision = 10, scale = 2)
    public BigDecimal salary;

    public LocalDate hiredOn;

    public Boolean remote;

    @Column(insertable = false, updatable = false)
    public Integer badgeNumber;

    @ElementCollection
    public List<Integer> shifts;

    public enum Grade {
        JUNIOR, SENIOR, LEAD, PRINCIPAL
    }
}
