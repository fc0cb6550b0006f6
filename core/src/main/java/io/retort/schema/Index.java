package io.retort.schema;

import java.io.Serializable;
import java.util.List;

/** A named index; {@code where} is the predicate of a partial index, or null. */
public record Index(String name, List<String> columns, boolean unique, String where) implements Serializable {

    public Index {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Index " + name + " needs at least one column");
        }
    }
}
