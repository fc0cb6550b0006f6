package io.retort.schema;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** A table constraint: primary key, unique, foreign key or check. */
public sealed interface Constraint extends Serializable permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {

    String name();

    List<String> columns();

    /** Exhaustive dispatch on the kind of constraint (Java 17 has no pattern switch). */
    <R> R match(Function<PrimaryKey, R> primaryKey, Function<UniqueConstraint, R> unique,
            Function<ForeignKey, R> foreignKey, Function<CheckConstraint, R> check);

    /** {@code primary key}, {@code unique constraint}, {@code foreign key} or {@code check constraint}. */
    default String kind() {
        return match(pk -> "primary key", uq -> "unique constraint", fk -> "foreign key", ck -> "check constraint");
    }
}
