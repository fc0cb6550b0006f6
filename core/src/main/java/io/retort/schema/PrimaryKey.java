package io.retort.schema;

import java.util.List;
import java.util.function.Function;

/** The primary key of a table: its constraint name and columns in key order. */
public record PrimaryKey(String name, List<String> columns) implements Constraint {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    @Override
    public <R> R match(Function<PrimaryKey, R> primaryKey, Function<UniqueConstraint, R> unique,
            Function<ForeignKey, R> foreignKey, Function<CheckConstraint, R> check) {
        return primaryKey.apply(this);
    }
}
