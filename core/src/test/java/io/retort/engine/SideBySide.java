package io.retort.engine;

import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.schema.Column;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs one chain on several databases in step (SQLite and PostgreSQL; MariaDB too when given): up
 * one revision at a time to head, down one at a time to base, up to head again, a row inserted
 * into every table after each step. After every step each database's introspected schema equals
 * the replayed one, and all hold the same tables, columns and rows.
 */
public final class SideBySide {

    private final Map<Backend, TestDatabase> databases = new LinkedHashMap<>();
    private int rowNumber;
    private int steps;

    public SideBySide(TestDatabase sqlite, TestDatabase postgres) {
        this(Map.of(Backend.SQLITE, sqlite, Backend.POSTGRESQL, postgres));
    }

    /** The databases by backend; SQLite first when present, so its rows are the ones others are compared with. */
    public SideBySide(Map<Backend, TestDatabase> databases) {
        databases.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> this.databases.put(e.getKey(), e.getValue()));
    }

    /** How many migration steps were run and checked so far. */
    public int steps() {
        return steps;
    }

    /** Runs the chain from empty databases; a failure names the seed and the chain. */
    public void run(RandomChain.Generated chain) {
        try {
            reset();
            rowNumber = 0;
            Map<Backend, Retort> retorts = new LinkedHashMap<>();
            databases.forEach((backend, db) -> retorts.put(backend, Retort.of(chain.revisions(), backend.dialect(), db.pool(),
                    RetortOptions.defaults())));
            int revisions = chain.revisions().size();
            for (int i = 0; i < revisions; i++) {
                step(retorts, "+1", "upgrade " + (i + 1));
            }
            for (int i = 0; i < revisions; i++) {
                step(retorts, "-1", "downgrade " + (i + 1));
            }
            step(retorts, "head", "upgrade again");
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Seed " + chain.seed() + " failed: " + e.getMessage() + "\nThe chain:\n  "
                    + String.join("\n  ", chain.described()), e);
        }
    }

    private void step(Map<Backend, Retort> retorts, String target, String phase) {
        boolean up = !target.startsWith("-");
        Map<Backend, MigrationResult> results = new LinkedHashMap<>();
        retorts.forEach((backend, retort) -> results.put(backend,
                up ? retort.upgrade(target).await().indefinitely() : retort.downgrade(target).await().indefinitely()));
        steps++;
        Backend first = results.keySet().iterator().next();
        Set<String> to = results.get(first).to();
        results.forEach((backend, result) -> assertEquals(to, result.to(), phase + ": " + backend + " at the same revision as " + first));
        retorts.forEach((backend, retort) -> assertMatchesReplay(retort, to, up, backend + " after " + phase));
        Schema replayed = retorts.get(first).chain().schemaAt(to);
        for (Table table : replayed.tables().values()) {
            List<Map<String, String>> expected = rows(first, databases.get(first), table);
            databases.forEach((backend, db) -> assertEquals(expected, rows(backend, db, table),
                    phase + ": the rows of " + table.name() + " on " + backend + " and " + first));
        }
        rowNumber++;
        for (Table table : replayed.tables().values()) {
            databases.forEach((backend, db) -> db.pool().query(RowValues.insert(table, rowNumber, name -> quote(backend, name))).execute()
                    .await().indefinitely());
        }
    }

    /**
     * {@code ordered} is false on the way down: a downgrade that adds a dropped column back adds it
     * last (ADD COLUMN; PostgreSQL cannot place a column), while the replay of the chain up to there
     * has it where the table first had it. Only the column order is left out then; every column is
     * still compared in full.
     */
    private static void assertMatchesReplay(Retort retort, Set<String> rows, boolean ordered, String context) {
        Schema replayed = retort.chain().dialect().canonical(retort.chain().schemaAt(rows));
        Schema introspected = retort.chain().dialect().canonical(retort.introspect().await().indefinitely());
        assertSameSchema(ordered ? replayed : byColumnName(replayed), ordered ? introspected : byColumnName(introspected), context);
    }

    private static Schema byColumnName(Schema schema) {
        return Schema.of(schema.tables().values().stream()
                .map(t -> t.withColumns(t.columns().stream().sorted(java.util.Comparator.comparing(Column::name)).toList())).toList(),
                schema.sequences().values());
    }

    private static String quote(Backend backend, String name) {
        return backend == Backend.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
    }

    /** Every row of the table, columns in the replayed order, by id. */
    static List<Map<String, String>> rows(Backend backend, TestDatabase db, Table table) {
        String columns = table.columns().stream().map(c -> quote(backend, c.name())).collect(Collectors.joining(", "));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Row row : db.pool().query("SELECT " + columns + " FROM " + quote(backend, table.name()) + " ORDER BY " + quote(backend, "id"))
                .execute().await().indefinitely()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                Column column = table.columns().get(i);
                values.put(column.name(), RowValues.normalized(column.type(), row.getValue(i)));
            }
            rows.add(values);
        }
        return rows;
    }

    /** Empty databases: PostgreSQL's public schema re-created, every SQLite and MariaDB table and sequence dropped. */
    private void reset() {
        databases.forEach(SideBySide::reset);
    }

    /** Drops every table (and sequence, type) of a test database, Retort's own included. */
    static void reset(Backend backend, TestDatabase db) {
        switch (backend) {
            case SQLITE -> {
                List<String> tables = new ArrayList<>();
                db.pool().query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").execute()
                        .await().indefinitely().forEach(row -> tables.add(row.getString(0)));
                db.pool().withConnection(connection -> {
                    List<String> statements = new ArrayList<>(List.of("PRAGMA foreign_keys = OFF"));
                    tables.forEach(t -> statements.add("DROP TABLE \"" + t.replace("\"", "\"\"") + "\""));
                    return Sql.runAll(connection, statements);
                }).await().indefinitely();
            }
            case MARIADB -> {
                List<String> statements = new ArrayList<>(List.of("SET FOREIGN_KEY_CHECKS = 0"));
                db.pool().query("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()").execute()
                        .await().indefinitely().forEach(row -> statements.add(("SEQUENCE".equals(row.getString(1)) ? "DROP SEQUENCE `"
                                : "DROP TABLE `") + row.getString(0).replace("`", "``") + "`"));
                statements.add("SET FOREIGN_KEY_CHECKS = 1");
                db.pool().withConnection(connection -> Sql.runAll(connection, statements)).await().indefinitely();
            }
            default -> db.pool().query("DROP SCHEMA public CASCADE; CREATE SCHEMA public").execute().await().indefinitely();
        }
    }
}
