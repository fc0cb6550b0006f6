package io.retort.model.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.List;

/** A tree of departments with their people (bidirectional, mapped by the employee side). */
@Entity
public class Department {

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String name;

    @ManyToOne
    public Department parent;

    @OneToMany(mappedBy = "department")
    public List<Employee> employees;
}
