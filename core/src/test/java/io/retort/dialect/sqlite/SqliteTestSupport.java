package io.retort.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.fail;

import io.retort.operation.Operation;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Applying operations to a real SQLite file alongside their replay, and comparing the two readably. */
final class SqliteTestSupport {

    static final SqliteDialect DIALECT = new SqliteDialect();

    private SqliteTestSupport() {
    }

    static List<Row> query(Pool pool, String sql) {
        List<Row> rows = new ArrayList<>();
        pool.query(sql).execute().await().atMost(Duration.ofSeconds(30)).forEach(rows::add);
        return rows;
    }

    static void sessionSetup(Pool pool) {
        DIALECT.sessionSetup(Duration.ofSeconds(5)).forEach(sql -> query(pool, sql));
    }

    /** Renders and runs {@code op} against the database, returning the replayed schema after it. */
    static Schema apply(Pool pool, Schema before, Operation op) {
        for (String sql : DIALECT.render(op, before)) {
            try {
                query(pool, sql);
            } catch (RuntimeException e) {
                throw new AssertionError(op.describe() + ": statement failed: " + sql + "\n" + e.getMessage(), e);
            }
        }
        return op.applyTo(before);
    }

    static Schema introspect(Pool pool) {
        return DIALECT.introspect(pool, Set.of()).await().atMost(Duration.ofSeconds(30));
    }

    /** Asserts the live schema equals the replayed one once both are canonical, with a per-table diff. */
    static void assertMatchesDatabase(Pool pool, Schema replayed, String step) {
        Schema expected = DIALECT.canonical(replayed);
        Schema actual = DIALECT.canonical(introspect(pool));
        if (!expected.equals(actual)) {
            fail("After " + step + " the database differs from the replayed schema:\n" + diff(expected, actual));
        }
    }

    static String diff(Schema expected, Schema actual) {
        StringBuilder out = new StringBuilder();
        Set<String> names = new TreeSet<>(expected.tables().keySet());
        names.addAll(actual.tables().keySet());
        for (String name : names) {
            Table e = expected.tables().get(name);
            Table a = actual.tables().get(name);
            if (e == null || a == null) {
                out.append("table ").append(name).append(e == null ? " only in database\n" : " missing from database\n");
                continue;
            }
            line(out, name, "columns", e.columns(), a.columns());
            line(out, name, "primary key", e.primaryKey(), a.primaryKey());
            line(out, name, "uniques", e.uniques(), a.uniques());
            line(out, name, "foreign keys", e.foreignKeys(), a.foreignKeys());
            line(out, name, "checks", e.checks(), a.checks());
            line(out, name, "indexes", e.indexes(), a.indexes());
            line(out, name, "comment", e.comment(), a.comment());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String table, String what, Object expected, Object actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            if (expected instanceof List<?> e && actual instanceof List<?> a && e.size() == a.size()) {
                for (int i = 0; i < e.size(); i++) {
                    if (!e.get(i).equals(a.get(i))) {
                        out.append(table).append(' ').append(what).append('[').append(i).append("]\n  replayed: ")
                                .append(e.get(i)).append("\n  database: ").append(a.get(i)).append('\n');
                    }
                }
            } else {
                out.append(table).append(' ').append(what).append("\n  replayed: ").append(expected)
                        .append("\n  database: ").append(actual).append('\n');
            }
        }
    }
}
