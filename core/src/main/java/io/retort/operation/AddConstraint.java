package io.retort.operation;

import io.retort.schema.CheckConstraint;
import io.retort.schema.Constraint;
import io.retort.schema.ForeignKey;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a primary key, unique, foreign key or check constraint to an existing table. A foreign key
 * or check may be added {@code notValid}: PostgreSQL then checks only new rows, without scanning the
 * table, until a {@link ValidateConstraint} checks the existing ones.
 */
public record AddConstraint(String table, Constraint constraint, boolean notValid) implements Operation {

    public AddConstraint {
        if (notValid && !(constraint instanceof ForeignKey) && !(constraint instanceof CheckConstraint)) {
            throw new SchemaReplayException("add " + constraint.kind() + " " + constraint.name() + " on " + table
                    + ": only a foreign key or a check constraint can be added NOT VALID");
        }
    }

    public AddConstraint(String table, Constraint constraint) {
        this(table, constraint, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table current = schema.require(table, describe());
        Columns.requireAll(current, constraint.columns(), describe());
        if (IndexNames.taken(schema, constraint.name())) {
            throw new SchemaReplayException(describe() + ": a constraint or index named \"" + constraint.name() + "\" already exists");
        }
        Table changed = constraint.match(
                pk -> {
                    if (current.primaryKey() != null) {
                        throw new SchemaReplayException(describe() + ": table \"" + table + "\" already has primary key \""
                                + current.primaryKey().name() + "\"");
                    }
                    return current.withPrimaryKey(pk);
                },
                unique -> current.withUniques(append(current.uniques(), unique)),
                fk -> {
                    Table referenced = fk.referencedTable().equals(table) ? current : schema.require(fk.referencedTable(), describe());
                    Columns.requireAll(referenced, fk.referencedColumns(), describe());
                    return current.withForeignKeys(append(current.foreignKeys(), fk));
                },
                check -> current.withChecks(append(current.checks(), check)));
        return schema.with(changed);
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new DropConstraint(table, constraint.name()));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addConstraint(this);
    }

    @Override
    public String describe() {
        return "add " + constraint.kind() + " " + constraint.name() + " on " + table + (notValid ? " not valid" : "");
    }
}
