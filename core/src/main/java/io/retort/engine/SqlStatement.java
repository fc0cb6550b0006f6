package io.retort.engine;

import java.util.ArrayList;
import java.util.List;

/** A statement with bind parameters, which can also be written out with literals for offline SQL. */
public record SqlStatement(String sql, List<Object> parameters) {

    public SqlStatement {
        parameters = java.util.Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, List.of());
    }
}
