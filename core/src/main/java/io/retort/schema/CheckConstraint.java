package io.retort.schema;

import java.util.List;
import java.util.function.Function;

/** A named CHECK constraint; {@code expression} is the SQL condition without the CHECK keyword. */
public record CheckConstraint(String name, String expression) implements Constraint {

    /** Columns are not tracked for checks: the expression is opaque SQL. */
    @Override
    public List<String> columns() {
        return List.of();
    }

    @Override
    public <R> R match(Function<PrimaryKey, R> primaryKey, Function<UniqueConstraint, R> unique,
            Function<ForeignKey, R> foreignKey, Function<CheckConstraint, R> check) {
        return check.apply(this);
    }
}
