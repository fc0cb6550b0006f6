package io.retort.dialect.sqlite;

import static io.retort.dialect.sqlite.SqliteTestSupport.apply;
import static io.retort.dialect.sqlite.SqliteTestSupport.assertMatchesDatabase;
import static io.retort.dialect.sqlite.SqliteTestSupport.query;
import static io.retort.migration.ColumnOptions.check;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.bytes;
import static io.retort.migration.ColumnTypes.doublePrecision;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.migration.ColumnTypes.timestamp;
import static io.retort.schema.ReferentialAction.CASCADE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.schema.Index;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.testing.SqliteTestDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of table rebuild keeps every row and value, the indexes, and a sound database file. */
class SqliteTableRebuildTest {

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    /** Each row's values as SQLite's quote() spells them (type and value exactly), keyed by the row's id. */
    private static Map<String, Map<String, String>> rows(Pool pool, Table table) {
        String id = SqliteDdl.quote(table.columns().get(0).name());
        String values = table.columns().stream().map(c -> "quote(" + SqliteDdl.quote(c.name()) + ") AS " + SqliteDdl.quote(c.name()))
                .collect(Collectors.joining(", "));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (Row row : query(pool, "SELECT " + values + " FROM " + SqliteDdl.quote(table.name()) + " ORDER BY " + id)) {
            Map<String, String> byColumn = new LinkedHashMap<>();
            table.columns().forEach(c -> byColumn.put(c.name(), row.getString(c.name())));
            rows.put(byColumn.get(table.columns().get(0).name()), byColumn);
        }
        return rows;
    }

    private static List<String> liveIndexNames(Pool pool, String table) {
        List<String> names = new ArrayList<>();
        query(pool, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = "
                + SqliteTestSupport.DIALECT.literal(table) + " ORDER BY name").forEach(r -> names.add(r.getString("name")));
        return names;
    }

    /**
     * Applies one operation and checks that every row kept every value in the columns both tables
     * have (after {@code expectChange} adjusts the expectation), that the indexes are back, and that
     * the database reads back as replayed.
     */
    private static Schema step(Pool pool, Schema before, String table, Consumer<Ops> change,
            Consumer<Map<String, Map<String, String>>> expectChange) {
        Ops op = new Ops(Ops.SQLITE);
        change.accept(op);
        Schema schema = before;
        Map<String, Map<String, String>> expected = rows(pool, before.require(table, "test"));
        expectChange.accept(expected);
        String describe = null;
        for (Operation operation : op.operations()) {
            schema = apply(pool, schema, operation);
            describe = operation.describe();
        }
        Table after = schema.require(table, "test");
        Map<String, Map<String, String>> actual = rows(pool, after);
        assertEquals(expected.keySet(), actual.keySet(), describe + ": rows lost or gained");
        for (String id : expected.keySet()) {
            Map<String, String> kept = new LinkedHashMap<>(expected.get(id));
            kept.keySet().retainAll(actual.get(id).keySet());
            Map<String, String> now = new LinkedHashMap<>(actual.get(id));
            now.keySet().retainAll(kept.keySet());
            assertEquals(kept, now, describe + ": row " + id + " changed");
        }
        assertEquals(after.indexes().stream().map(Index::name).sorted().toList(), liveIndexNames(pool, table), describe + ": indexes");
        assertMatchesDatabase(pool, schema, describe);
        return schema;
    }

    private static final Consumer<Map<String, Map<String, String>>> UNCHANGED = rows -> { };

    @Test
    void everyRebuildKeepsEveryRowAndValue() {
        try (SqliteTestDatabase db = SqliteTestDatabase.create(vertx)) {
            Pool pool = db.pool();
            SqliteTestSupport.sessionSetup(pool);
            Ops setup = new Ops(Ops.SQLITE);
            setup.createTable("owners", t -> t.column("id", integer(), primaryKey()).column("name", text()));
            setup.createTable("items", t -> t
                    .column("id", integer(), notNull())
                    .column("code", string(8))
                    .column("note", text())
                    .column("amount", numeric(10, 2), serverDefault("0"))
                    .column("ratio", doublePrecision())
                    .column("payload", bytes())
                    .column("flag", bool())
                    .column("qty", integer(), check("qty IS NULL OR qty > -100"))
                    .column("owner", integer())
                    .index("code")
                    .index("owner", "qty"));
            setup.createIndex("ix_items_note_partial", "items", "note").where("note IS NOT NULL");
            Schema schema = Schema.EMPTY;
            for (Operation op : setup.operations()) {
                schema = apply(pool, schema, op);
            }
            query(pool, "INSERT INTO owners (id, name) VALUES (1, 'one'), (2, 'two')");
            query(pool, "INSERT INTO items (id, code, note, amount, ratio, payload, flag, qty, owner) VALUES"
                    + " (1, 'A1', 'first', 12.5, 0.25, X'DEADBEEF', 1, 3, 1),"
                    + " (2, 'B2', NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
                    + " (3, 'C3', 'it''s ''quoted''', -7, 1e300, X'', 0, -5, 2),"
                    + " (4, NULL, '', 0, -0.5, X'00FF00', 1, 0, 2),"
                    + " (5, 'E5', 'ünïcödé ✓', 99999999.99, 3.14159, zeroblob(4), 0, 42, 1)");

            schema = step(pool, schema, "items", op -> op.alterColumn("items", "note", c -> c.type(string(200))), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.alterColumn("items", "qty", c -> c.type(bigint())), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.alterColumn("items", "note", c -> c.notNull().serverDefault("'none'")),
                    rows -> rows.get("2").put("note", "'none'"));
            schema = step(pool, schema, "items", op -> op.alterColumn("items", "amount", c -> c.dropServerDefault()), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.addUnique("uq_items_code", "items", "code"), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.dropConstraint("uq_items_code", "items"), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.addCheck("ck_items_ratio", "items", "ratio IS NULL OR ratio > -1"), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.dropConstraint("ck_items_ratio", "items"), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.addForeignKey("fk_items_owner", "items", "owner",
                    references("owners", "id").onDelete(CASCADE)), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.addPrimaryKey("pk_items", "items", "id"), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.dropConstraint("fk_items_owner", "items"), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.dropConstraint("pk_items", "items"), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.dropColumn("items", "code"), UNCHANGED);
            assertTrue(schema.require("items", "test").index("ix_items_code").isEmpty());
            assertTrue(schema.require("items", "test").index("ix_items_owner_qty").isPresent());
            schema = step(pool, schema, "items", op -> op.addColumn("items", "stamped_at", timestamp(), notNull(),
                    serverDefault("CURRENT_TIMESTAMP")), UNCHANGED);
            for (Row row : query(pool, "SELECT stamped_at FROM items")) {
                assertNotNull(row.getValue("stamped_at"));
            }
            // Rebuilding a table that another table references leaves the reference pointing at it.
            schema = step(pool, schema, "owners", op -> op.alterColumn("owners", "name", c -> c.type(string(40))), UNCHANGED);
            schema = step(pool, schema, "items", op -> op.addForeignKey("fk_items_owner", "items", "owner",
                    references("owners", "id")), UNCHANGED);

            assertEquals("ok", query(pool, "PRAGMA integrity_check").get(0).getString(0));
            assertEquals(0, query(pool, "PRAGMA foreign_key_check").size());
            assertTrue(query(pool, "SELECT name FROM sqlite_master WHERE name LIKE '\\_retort\\_new\\_%' ESCAPE '\\'").isEmpty());
            assertEquals(5, query(pool, "SELECT count(*) AS n FROM items").get(0).getInteger("n"));
        }
    }

    @Test
    void identityKeyKeepsItsValuesAndSequence() {
        try (SqliteTestDatabase db = SqliteTestDatabase.create(vertx)) {
            Pool pool = db.pool();
            SqliteTestSupport.sessionSetup(pool);
            Ops setup = new Ops(Ops.SQLITE);
            setup.createTable("events", t -> t
                    .column("id", integer(), primaryKey(), io.retort.migration.ColumnOptions.identity())
                    .column("what", text()));
            Schema schema = Schema.EMPTY;
            for (Operation op : setup.operations()) {
                schema = apply(pool, schema, op);
            }
            query(pool, "INSERT INTO events (what) VALUES ('a'), ('b'), ('c')");
            query(pool, "DELETE FROM events WHERE what = 'c'");
            schema = step(pool, schema, "events", op -> op.alterColumn("events", "what", c -> c.notNull().serverDefault("'?'")),
                    UNCHANGED);
            query(pool, "INSERT INTO events (what) VALUES ('d')");
            // AUTOINCREMENT never reuses an id, across the rebuild too: 'd' gets 4, not 3.
            assertEquals(4, query(pool, "SELECT id FROM events WHERE what = 'd'").get(0).getInteger("id"));
        }
    }
}
