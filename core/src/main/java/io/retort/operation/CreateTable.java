package io.retort.operation;

import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Creates a table with its columns, constraints and indexes. */
public record CreateTable(Table table) implements Operation {

    public CreateTable {
        Set<String> seen = new HashSet<>();
        table.columns().forEach(c -> {
            if (!seen.add(c.name())) {
                throw new SchemaReplayException(new CreateTable(Table.of(table.name(), List.of())).describe()
                        + ": column \"" + c.name() + "\" is declared twice");
            }
        });
        if (table.columns().isEmpty()) {
            throw new SchemaReplayException("create table " + table.name() + ": a table needs at least one column");
        }
        table.constraints().forEach(c -> Columns.requireAll(table, c.columns(), "create table " + table.name()));
        table.indexes().forEach(i -> Columns.requireAll(table, i.columns(), "create table " + table.name()));
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.hasTable(table.name())) {
            throw new SchemaReplayException(describe() + ": table \"" + table.name() + "\" already exists");
        }
        return schema.with(table);
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new DropTable(table.name()));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }

    @Override
    public String describe() {
        return "create table " + table.name();
    }
}
