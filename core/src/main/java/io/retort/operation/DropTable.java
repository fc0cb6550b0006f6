package io.retort.operation;

import io.retort.schema.Schema;
import java.util.List;

/** Drops a table and everything on it. */
public record DropTable(String table) implements Operation {

    @Override
    public Schema applyTo(Schema schema) {
        schema.require(table, describe());
        return schema.without(table);
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new CreateTable(before.require(table, describe())));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }

    @Override
    public String describe() {
        return "drop table " + table;
    }

    @Override
    public boolean destructive() {
        return true;
    }
}
