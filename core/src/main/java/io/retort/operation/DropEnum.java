package io.retort.operation;

import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import java.util.List;
import java.util.Objects;

/** Drops a PostgreSQL enum type that no column uses any more; SQLite renders nothing for it. */
public record DropEnum(String name) implements Operation {

    public DropEnum {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Schema applyTo(Schema schema) {
        schema.requireEnum(name, describe());
        schema.tables().values().forEach(table -> table.columns().forEach(column -> {
            if (column.type().raw() != null && column.type().raw().equals(name)) {
                throw new SchemaReplayException(describe() + ": column " + table.name() + "." + column.name()
                        + " still has this type; drop or change the column first");
            }
        }));
        return schema.withoutEnum(name);
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new CreateEnum(before.requireEnum(name, describe())));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropEnum(this);
    }

    @Override
    public String describe() {
        return "drop enum type " + name;
    }
}
