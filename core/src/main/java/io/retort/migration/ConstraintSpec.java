package io.retort.migration;

import io.retort.operation.AddConstraint;
import io.retort.schema.Constraint;

/**
 * A constraint being added: a foreign key or check {@link #notValid()} defers checking the existing
 * rows; a primary key or unique constraint {@link #usingIndex(String)} takes over a unique index.
 */
public final class ConstraintSpec {

    private final String table;
    private final Constraint constraint;
    private boolean notValid;
    private String usingIndex;

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

    /**
     * Makes the unique index {@code index} (built before, on exactly the constraint's columns, as a
     * {@code createUniqueIndex(...).concurrently()}) into the constraint: PostgreSQL's {@code USING
     * INDEX}, instant, where building the index here would block writes. SQLite rebuilds the table.
     */
    public ConstraintSpec usingIndex(String index) {
        this.usingIndex = index;
        return this;
    }

    AddConstraint toOperation() {
        return new AddConstraint(table, constraint, notValid, usingIndex);
    }
}
