package io.retort.operation;

import io.retort.schema.Column;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Adds a column at the end of a table. */
public record AddColumn(String table, Column column) implements Operation {

    @Override
    public Schema applyTo(Schema schema) {
        Table current = schema.require(table, describe());
        if (current.hasColumn(column.name())) {
            throw new SchemaReplayException(describe() + ": table \"" + table + "\" already has a column \"" + column.name() + "\"");
        }
        List<Column> columns = new ArrayList<>(current.columns());
        columns.add(column);
        return schema.with(current.withColumns(columns));
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new DropColumn(table, column.name()));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }
}
