package io.retort.operation;

import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import java.util.List;

/**
 * Checks the existing rows against a foreign key or check constraint added NOT VALID (PostgreSQL's
 * {@code VALIDATE CONSTRAINT}, which lets reads and writes go on). The snapshot does not tell valid
 * from not-valid constraints, so it is unchanged; undoing it is nothing.
 */
public record ValidateConstraint(String table, String name) implements Operation {

    @Override
    public Schema applyTo(Schema schema) {
        Table current = schema.require(table, describe());
        if (current.constraint(name).isEmpty()) {
            throw new SchemaReplayException(describe() + ": table \"" + table + "\" has no constraint \"" + name + "\"");
        }
        return schema;
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of();
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.validateConstraint(this);
    }

    @Override
    public String describe() {
        return "validate constraint " + name + " on " + table;
    }
}
