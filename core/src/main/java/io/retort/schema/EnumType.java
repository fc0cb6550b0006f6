package io.retort.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE name AS ENUM (...)}): a named list of labels, in their
 * sort order, that columns of that type may hold. Hibernate creates one per Java enum mapped with
 * {@code @JdbcType(PostgreSQLEnumJdbcType.class)}. SQLite has none.
 */
public record EnumType(String name, List<String> labels) implements java.io.Serializable {

    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("Enum type \"" + name + "\" has no labels; give it at least one");
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("Enum type \"" + name + "\" repeats a label: " + labels);
        }
    }
}
