package io.retort.testing;

import static org.junit.jupiter.api.Assertions.fail;

import io.retort.schema.Schema;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Schema equality with a readable account of what differs. */
public final class SchemaAssertions {

    private SchemaAssertions() {
    }

    public static void assertSameSchema(Schema expected, Schema actual, String context) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> lines = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(expected.tables().keySet());
        names.addAll(actual.tables().keySet());
        for (String name : names) {
            Table e = expected.tables().get(name);
            Table a = actual.tables().get(name);
            if (e == null) {
                lines.add("unexpected table " + name + ": " + a);
            } else if (a == null) {
                lines.add("missing table " + name + ": " + e);
            } else if (!e.equals(a)) {
                lines.add("table " + name + " differs:");
                compare(lines, "columns", e.columns(), a.columns());
                compare(lines, "primary key", e.primaryKey(), a.primaryKey());
                compare(lines, "uniques", e.uniques(), a.uniques());
                compare(lines, "foreign keys", e.foreignKeys(), a.foreignKeys());
                compare(lines, "checks", e.checks(), a.checks());
                compare(lines, "indexes", e.indexes(), a.indexes());
                compare(lines, "comment", e.comment(), a.comment());
            }
        }
        if (!expected.sequences().equals(actual.sequences())) {
            lines.add("sequences differ:\n      replayed:     " + expected.sequences().values()
                    + "\n      introspected: " + actual.sequences().values());
        }
        fail(context + ": the introspected schema differs from the replayed one\n  " + String.join("\n  ", lines));
    }

    /**
     * As {@link #assertSameSchema}, with each table's columns compared by name whatever their order: a
     * column dropped and added back (a downgrade) comes back at the end of its table.
     */
    public static void assertSameSchemaIgnoringColumnOrder(Schema expected, Schema actual, String context) {
        assertSameSchema(columnsByName(expected), columnsByName(actual), context);
    }

    private static Schema columnsByName(Schema schema) {
        return schema.withTables(schema.tables().values().stream()
                .map(t -> t.withColumns(t.columns().stream().sorted(java.util.Comparator.comparing(c -> c.name())).toList()))
                .toList());
    }

    private static void compare(List<String> lines, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            lines.add("  " + what + "\n      replayed:     " + expected + "\n      introspected: " + actual);
        }
    }
}
