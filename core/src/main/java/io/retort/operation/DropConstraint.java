package io.retort.operation;

import io.retort.schema.Constraint;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import java.util.List;

/** Drops a named constraint of any kind; its kind is read from the schema it meets. */
public record DropConstraint(String table, String name) implements Operation {

    @Override
    public Schema applyTo(Schema schema) {
        Table current = schema.require(table, describe());
        find(current);
        return schema.with(current.withoutConstraint(name));
    }

    /** The constraint being dropped, as it stands in {@code table}. */
    public Constraint find(Table current) {
        return current.constraint(name).orElseThrow(() -> new SchemaReplayException(
                describe() + ": table \"" + table + "\" has no constraint \"" + name + "\""));
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new AddConstraint(table, find(before.require(table, describe()))));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropConstraint(this);
    }

    @Override
    public String describe() {
        return "drop constraint " + name + " on " + table;
    }
}
