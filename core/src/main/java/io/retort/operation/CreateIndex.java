package io.retort.operation;

import io.retort.schema.Index;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates an index on a table; {@code concurrently} builds it without blocking writes (PostgreSQL's
 * {@code CREATE INDEX CONCURRENTLY}, which a transaction refuses: only in a non-transactional revision).
 */
public record CreateIndex(String table, Index index, boolean concurrently) implements Operation {

    public CreateIndex(String table, Index index) {
        this(table, index, false);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table current = schema.require(table, describe());
        Columns.requireAll(current, index.columns(), describe());
        if (IndexNames.taken(schema, index.name())) {
            throw new SchemaReplayException(describe() + ": an index or constraint named \"" + index.name() + "\" already exists");
        }
        List<Index> indexes = new ArrayList<>(current.indexes());
        indexes.add(index);
        return schema.with(current.withIndexes(indexes));
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new DropIndex(table, index.name(), concurrently));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }

    @Override
    public String describe() {
        return "create index " + (concurrently ? "concurrently " : "") + index.name() + " on " + table;
    }
}
