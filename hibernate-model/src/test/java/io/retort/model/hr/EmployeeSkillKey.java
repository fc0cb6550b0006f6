package io.retort.model.hr;

import java.io.Serializable;
import java.util.Objects;

public class EmployeeSkillKey implements Serializable {

    public Long employee;

    public String skill;

    @Override
    public boolean equals(Object other) {
        return other instanceof EmployeeSkillKey key && Objects.equals(employee, key.employee) && Objects.equals(skill, key.skill);
    }

    @Override
    public int hashCode() {
        return Objects.hash(employee, skill);
    }
}
