package io.retort.schema;

import java.util.List;
import java.util.function.Function;

/** A named UNIQUE constraint over one or more columns. */
public record UniqueConstraint(String name, List<String> columns) implements Constraint {

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    @Override
    public <R> R match(Function<PrimaryKey, R> primaryKey, Function<UniqueConstraint, R> unique,
            Function<ForeignKey, R> foreignKey, Function<CheckConstraint, R> check) {
        return unique.apply(this);
    }
}
