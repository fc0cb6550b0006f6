package io.retort.operation;

import io.retort.schema.CheckConstraint;
import io.retort.schema.Constraint;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.PrimaryKey;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a primary key, unique, foreign key or check constraint to an existing table. A foreign key
 * or check may be added {@code notValid}: PostgreSQL then checks only new rows, without scanning the
 * table, until a {@link ValidateConstraint} checks the existing ones. A primary key or unique
 * constraint may take over a unique index already built ({@code usingIndex}, PostgreSQL's
 * {@code USING INDEX}: instant, the index becomes the constraint's).
 */
public record AddConstraint(String table, Constraint constraint, boolean notValid, String usingIndex) implements Operation {

    public AddConstraint {
        if (notValid && !(constraint instanceof ForeignKey) && !(constraint instanceof CheckConstraint)) {
            throw new SchemaReplayException("add " + constraint.kind() + " " + constraint.name() + " on " + table
                    + ": only a foreign key or a check constraint can be added NOT VALID");
        }
        if (usingIndex != null && !(constraint instanceof PrimaryKey) && !(constraint instanceof UniqueConstraint)) {
            throw new SchemaReplayException("add " + constraint.kind() + " " + constraint.name() + " on " + table
                    + ": only a primary key or a unique constraint can take over an index (USING INDEX)");
        }
    }

    public AddConstraint(String table, Constraint constraint, boolean notValid) {
        this(table, constraint, notValid, null);
    }

    public AddConstraint(String table, Constraint constraint) {
        this(table, constraint, false, null);
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (usingIndex != null) {
            return new AddConstraint(table, constraint).applyTo(schema.with(withoutTakenIndex(schema.require(table, describe()))));
        }
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

    /** The table without the unique index the constraint takes over, which must match it exactly. */
    private Table withoutTakenIndex(Table current) {
        Index index = current.index(usingIndex).orElseThrow(() -> new SchemaReplayException(describe() + ": table \"" + table
                + "\" has no index \"" + usingIndex + "\" to take over"));
        if (!index.unique() || index.where() != null || index.descending().contains(true) || !index.columns().equals(constraint.columns())) {
            throw new SchemaReplayException(describe() + ": index \"" + usingIndex + "\" must be a plain unique index on exactly "
                    + constraint.columns() + " (ascending, not partial) to become the constraint");
        }
        return current.withIndexes(current.indexes().stream().filter(i -> !i.name().equals(usingIndex)).toList());
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    @Override
    public List<Operation> reverse(Schema before) {
        if (usingIndex != null) {
            Index taken = before.require(table, describe()).index(usingIndex).orElseThrow();
            return List.of(new DropConstraint(table, constraint.name()), new CreateIndex(table, taken));
        }
        return List.of(new DropConstraint(table, constraint.name()));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addConstraint(this);
    }

    @Override
    public String describe() {
        return "add " + constraint.kind() + " " + constraint.name() + " on " + table + (notValid ? " not valid" : "")
                + (usingIndex == null ? "" : " using index " + usingIndex);
    }
}
