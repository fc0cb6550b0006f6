package io.retort.model.hr;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;

/** An association entity keyed by its two references. */
@Entity
@IdClass(EmployeeSkillKey.class)
public class EmployeeSkill {

    @Id
    @ManyToOne
    public Employee employee;

    @Id
    @ManyToOne
    public Skill skill;

    public short level;
}
