package io.retort.operation;

import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import java.util.List;

/** Replay checks shared by the operations. */
final class Columns {

    private Columns() {
    }

    static void requireAll(Table table, List<String> columns, String operation) {
        for (String column : columns) {
            require(table, column, operation);
        }
    }

    static void require(Table table, String column, String operation) {
        if (!table.hasColumn(column)) {
            throw new SchemaReplayException(operation + ": table \"" + table.name() + "\" has no column \"" + column + "\"");
        }
    }
}
