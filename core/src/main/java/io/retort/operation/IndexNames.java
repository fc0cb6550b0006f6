package io.retort.operation;

import io.retort.schema.Schema;
import io.retort.schema.Table;

/** Index names share one namespace per schema with constraint-backed indexes, in both databases. */
final class IndexNames {

    private IndexNames() {
    }

    static boolean taken(Schema schema, String name) {
        for (Table table : schema.tables().values()) {
            if (table.index(name).isPresent() || table.constraint(name).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
