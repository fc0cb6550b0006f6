package io.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Applies operations to a real database and replays them onto a snapshot alongside, checking after
 * each one that the introspected schema and the replayed one are the same once canonical.
 */
final class PostgresSchemaHarness {

    private final PostgresDialect dialect;
    private final SqlClient client;
    private final Set<String> excluded;
    private Schema replayed = Schema.EMPTY;

    PostgresSchemaHarness(PostgresDialect dialect, SqlClient client, Set<String> excluded) {
        this.dialect = dialect;
        this.client = client;
        this.excluded = excluded;
    }

    PostgresSchemaHarness(PostgresDialect dialect, SqlClient client) {
        this(dialect, client, Set.of());
    }

    Schema replayed() {
        return replayed;
    }

    /** Applies each recorded operation and checks the database against the replayed snapshot after each. */
    void apply(Consumer<Ops> revision) {
        Ops ops = new Ops(Ops.POSTGRESQL);
        revision.accept(ops);
        for (Operation op : ops.operations()) {
            for (String sql : dialect.render(op, replayed)) {
                try {
                    client.query(sql).execute().await().indefinitely();
                } catch (RuntimeException e) {
                    fail(op.describe() + ": " + sql + "\nfailed: " + e.getMessage(), e);
                }
            }
            replayed = op.applyTo(replayed);
            assertInSync(op.describe());
        }
    }

    Schema introspect() {
        return dialect.introspect(client, excluded).await().indefinitely();
    }

    void assertInSync(String after) {
        Schema live = dialect.canonical(introspect());
        Schema expected = dialect.canonical(replayed);
        if (!live.equals(expected)) {
            fail("After " + after + " the database differs from the replayed schema:\n" + diff(expected, live));
        }
    }

    /** A line per differing part: table, column, constraint or index. */
    static String diff(Schema expected, Schema live) {
        List<String> lines = new ArrayList<>();
        Set<String> names = new TreeSet<>(expected.tables().keySet());
        names.addAll(live.tables().keySet());
        for (String name : names) {
            Table e = expected.tables().get(name);
            Table l = live.tables().get(name);
            if (e == null || l == null) {
                lines.add("table " + name + ": replayed " + (e == null ? "absent" : "present") + ", live " + (l == null ? "absent" : "present"));
                continue;
            }
            compare(lines, name + " columns", e.columns(), l.columns());
            compare(lines, name + " primary key", e.primaryKey(), l.primaryKey());
            compare(lines, name + " uniques", e.uniques(), l.uniques());
            compare(lines, name + " foreign keys", e.foreignKeys(), l.foreignKeys());
            compare(lines, name + " checks", e.checks(), l.checks());
            compare(lines, name + " indexes", e.indexes(), l.indexes());
            compare(lines, name + " comment", e.comment(), l.comment());
        }
        compare(lines, "sequences", List.copyOf(expected.sequences().values()), List.copyOf(live.sequences().values()));
        return String.join("\n", lines);
    }

    private static void compare(List<String> lines, String what, Object expected, Object live) {
        if (expected instanceof List<?> e && live instanceof List<?> l && e.size() == l.size()) {
            for (int i = 0; i < e.size(); i++) {
                compare(lines, what + "[" + i + "]", e.get(i), l.get(i));
            }
            return;
        }
        if (!Objects.equals(expected, live)) {
            lines.add(what + ":\n    replayed: " + expected + "\n    live:     " + live);
        }
    }
}
