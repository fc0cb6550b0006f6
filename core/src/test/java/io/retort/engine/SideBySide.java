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
 * Runs one chain on SQLite and on PostgreSQL in step: up one revision at a time to head, down one
 * at a time to base, up to head again, a row inserted into every table after each step. After
 * every step each database's introspected schema equals the replayed one, and both hold the same
 * tables, columns and rows.
 */
public final class SideBySide {

    private final TestDatabase sqlite;
    private final TestDatabase postgres;
    private int rowNumber;
    private int steps;

    public SideBySide(TestDatabase sqlite, TestDatabase postgres) {
        this.sqlite = sqlite;
        this.postgres = postgres;
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
            Retort onSqlite = Retort.of(chain.revisions(), Backend.SQLITE.dialect(), sqlite.pool(), RetortOptions.defaults());
            Retort onPostgres = Retort.of(chain.revisions(), Backend.POSTGRESQL.dialect(), postgres.pool(), RetortOptions.defaults());
            int revisions = chain.revisions().size();
            for (int i = 0; i < revisions; i++) {
                step(onSqlite, onPostgres, "+1", "upgrade " + (i + 1));
            }
            for (int i = 0; i < revisions; i++) {
                step(onSqlite, onPostgres, "-1", "downgrade " + (i + 1));
            }
            step(onSqlite, onPostgres, "head", "upgrade again");
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Seed " + chain.seed() + " failed: " + e.getMessage() + "\nThe chain:\n  "
                    + String.join("\n  ", chain.described()), e);
        }
    }

    private void step(Retort onSqlite, Retort onPostgres, String target, String phase) {
        boolean up = !target.startsWith("-");
        MigrationResult s = up ? onSqlite.upgrade(target).await().indefinitely() : onSqlite.downgrade(target).await().indefinitely();
        MigrationResult p = up ? onPostgres.upgrade(target).await().indefinitely() : onPostgres.downgrade(target).await().indefinitely();
        steps++;
        assertEquals(p.to(), s.to(), phase + ": both at the same revision");
        Schema replayed = onPostgres.chain().schemaAt(p.to());
        boolean ordered = up;
        assertMatchesReplay(onSqlite, s.to(), ordered, "SQLite after " + phase);
        assertMatchesReplay(onPostgres, p.to(), ordered, "PostgreSQL after " + phase);
        for (Table table : replayed.tables().values()) {
            assertEquals(rows(postgres, table), rows(sqlite, table), phase + ": the rows of " + table.name() + " on both");
        }
        rowNumber++;
        for (Table table : replayed.tables().values()) {
            String insert = RowValues.insert(table, rowNumber);
            sqlite.pool().query(insert).execute().await().indefinitely();
            postgres.pool().query(insert).execute().await().indefinitely();
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

    /** Every row of the table, columns in the replayed order, by id. */
    private static List<Map<String, String>> rows(TestDatabase db, Table table) {
        String columns = table.columns().stream().map(c -> "\"" + c.name() + "\"").collect(Collectors.joining(", "));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Row row : db.pool().query("SELECT " + columns + " FROM \"" + table.name() + "\" ORDER BY \"id\"").execute().await().indefinitely()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                Column column = table.columns().get(i);
                values.put(column.name(), RowValues.normalized(column.type(), row.getValue(i)));
            }
            rows.add(values);
        }
        return rows;
    }

    /** Empty databases: PostgreSQL's public schema re-created, every SQLite table dropped. */
    private void reset() {
        postgres.pool().query("DROP SCHEMA public CASCADE; CREATE SCHEMA public").execute().await().indefinitely();
        List<String> tables = new ArrayList<>();
        sqlite.pool().query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").execute().await().indefinitely()
                .forEach(row -> tables.add(row.getString(0)));
        sqlite.pool().withConnection(connection -> {
            List<String> statements = new ArrayList<>(List.of("PRAGMA foreign_keys = OFF"));
            tables.forEach(t -> statements.add("DROP TABLE \"" + t.replace("\"", "\"\"") + "\""));
            return Sql.runAll(connection, statements);
        }).await().indefinitely();
    }
}
