package io.retort.operation;

import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import java.util.List;

/**
 * Drops an index; the table is named so SQLite and replay know where it lives. {@code concurrently}
 * waits for running queries instead of blocking them (non-transactional revisions only).
 */
public record DropIndex(String table, String name, boolean concurrently) implements Operation {

    public DropIndex(String table, String name) {
        this(table, name, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table current = schema.require(table, describe());
        if (current.index(name).isEmpty()) {
            throw new SchemaReplayException(describe() + ": table \"" + table + "\" has no index \"" + name + "\"");
        }
        return schema.with(current.withIndexes(current.indexes().stream().filter(i -> !i.name().equals(name)).toList()));
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new CreateIndex(table, before.require(table, describe()).index(name).orElseThrow(), concurrently));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }

    @Override
    public String describe() {
        return "drop index " + (concurrently ? "concurrently " : "") + name + " on " + table;
    }
}
