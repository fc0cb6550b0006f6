package io.retort.migration;

import io.retort.operation.AddConstraint;
import io.retort.schema.Constraint;

/** A foreign key or check being added; {@link #notValid()} defers checking the existing rows. */
public final class ConstraintSpec {

    private final String table;
    private final Constraint constraint;
    private boolean notValid;

    ConstraintSpec(String table, Constraint constraint) {
        this.table = table;
        this.constraint = constraint;
    }

    /**
     * PostgreSQL checks only new and changed rows from now on, without scanning the table under the
     * lock; {@link Ops#validateConstraint} checks the existing ones later. SQLite checks them as usual.
     */
    public ConstraintSpec notValid() {
        this.notValid = true;
        return this;
    }

    AddConstraint toOperation() {
        return new AddConstraint(table, constraint, notValid);
    }
}
