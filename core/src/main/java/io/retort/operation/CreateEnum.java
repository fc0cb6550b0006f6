package io.retort.operation;

import io.retort.schema.EnumType;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import java.util.List;
import java.util.Objects;

/** Creates a PostgreSQL enum type; SQLite renders nothing for it (it has no types to create). */
public record CreateEnum(EnumType type) implements Operation {

    public CreateEnum {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.enumType(type.name()).isPresent()) {
            throw new SchemaReplayException(describe() + ": enum type \"" + type.name() + "\" already exists");
        }
        return schema.withEnum(type);
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new DropEnum(type.name()));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createEnum(this);
    }

    @Override
    public String describe() {
        return "create enum type " + type.name();
    }
}
