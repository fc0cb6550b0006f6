package io.retort.dialect.sqlite;

import static io.retort.dialect.sqlite.SqliteTestSupport.DIALECT;
import static io.retort.dialect.sqlite.SqliteTestSupport.apply;
import static io.retort.dialect.sqlite.SqliteTestSupport.assertMatchesDatabase;
import static io.retort.dialect.sqlite.SqliteTestSupport.introspect;
import static io.retort.migration.ColumnOptions.check;
import static io.retort.migration.ColumnOptions.comment;
import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.bytes;
import static io.retort.migration.ColumnTypes.date;
import static io.retort.migration.ColumnTypes.doublePrecision;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.json;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.raw;
import static io.retort.migration.ColumnTypes.real;
import static io.retort.migration.ColumnTypes.smallint;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.migration.ColumnTypes.time;
import static io.retort.migration.ColumnTypes.timestamp;
import static io.retort.migration.ColumnTypes.timestampTz;
import static io.retort.migration.ColumnTypes.uuid;
import static io.retort.schema.ReferentialAction.CASCADE;
import static io.retort.schema.ReferentialAction.RESTRICT;
import static io.retort.schema.ReferentialAction.SET_NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.schema.ColumnType;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.testing.SqliteTestDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Applies schemas built with the DSL to a real SQLite file and reads them back after every operation. */
class SqliteIntrospectionRoundTripTest {

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    static Ops schemaOps() {
        Ops op = new Ops(Ops.SQLITE);
        op.createTable("users", t -> t
                .column("email", string(), notNull())
                .column("name", string(100))
                .column("bio", text())
                .column("age", smallint(), check("age >= 0"))
                .column("score", integer(), serverDefault("0"))
                .column("visits", bigint(), notNull(), serverDefault("-1"))
                .column("ratio", real(), serverDefault("0.5"))
                .column("weight", doublePrecision())
                .column("balance", numeric(10, 2), serverDefault("0.00"))
                .column("is_active", bool(), notNull(), serverDefault("TRUE"))
                .column("born", date())
                .column("wake", time())
                .column("seen_at", timestamp(), serverDefault("CURRENT_TIMESTAMP"))
                .column("external_id", uuid())
                .column("avatar", bytes())
                .column("settings", json(), serverDefault("'{}'"))
                .column("extra", raw("citext"))
                .column("status", string(16), notNull(), serverDefault("'pending'"), comment("lifecycle state"))
                .column("lucky", integer(), serverDefault("(1 + 2)"))
                .entityColumns()
                .unique("email")
                .unique("name", "born")
                .index("name")
                .index("status", "born")
                .comment("people"));
        op.createIndex("ix_users_active_email", "users", "email").where("is_active = 1 AND status <> 'gone'");
        op.createUniqueIndex("uq_users_external", "users", "external_id", "status");
        op.createTable("Order Lines", t -> t
                .column("order", integer(), notNull())
                .column("line \"no\"", integer(), notNull())
                .column("user", string(26), references("users", "id").onDelete(CASCADE).onUpdate(CASCADE))
                .column("Qty", integer(), notNull(), serverDefault("1"))
                .column("placed", timestampTz())
                .primaryKey("order", "line \"no\"")
                .check("qty_positive", "\"Qty\" > 0")
                .index("user"));
        op.createTable("counters", t -> t
                .column("id", integer(), primaryKey(), identity())
                .column("owner", string(26), references("users", "id").onDelete(SET_NULL).onUpdate(RESTRICT))
                .column("n", bigint(), notNull(), serverDefault("0")));
        return op;
    }

    static Ops changeOps() {
        Ops op = new Ops(Ops.SQLITE);
        op.addColumn("users", "nickname", string(50));
        op.addColumn("users", "level", integer(), notNull(), serverDefault("1"));
        op.addColumn("users", "created_on", timestamp(), notNull(), serverDefault("CURRENT_TIMESTAMP"));
        op.addColumn("users", "code", string(8), ColumnOptionsShortcut.uniqueAndIndexed());
        op.alterColumn("users", "name", c -> c.type(text()));
        op.alterColumn("users", "bio", c -> c.notNull().serverDefault("''"));
        op.alterColumn("users", "score", c -> c.dropServerDefault());
        op.alterColumn("users", "status", c -> c.comment("a new comment"));
        op.alterColumn("users", "weight", c -> c.nullable().serverDefault("1.5e3"));
        op.renameColumn("users", "nickname", "Nick Name");
        op.renameColumn("Order Lines", "Qty", "quantity");
        op.dropColumn("users", "wake");
        op.dropColumn("users", "name");
        op.renameTable("counters", "Counter Table");
        op.renameTable("users", "user");
        op.addUnique("uq_counter_n", "Counter Table", "n");
        op.addCheck("ck_counter_n", "Counter Table", "n >= 0");
        op.addForeignKey("fk_lines_counter", "Order Lines", "order", references("Counter Table", "id").onDelete(CASCADE));
        op.dropConstraint("uq_counter_n", "Counter Table");
        op.dropConstraint("ck_counter_n", "Counter Table");
        op.dropConstraint("fk_lines_counter", "Order Lines");
        op.dropConstraint("pk_Order Lines", "Order Lines");
        op.addPrimaryKey("pk_lines", "Order Lines", "order", "line \"no\"");
        op.dropIndex("ix_users_active_email", "user");
        op.createIndex("ix_user_partial", "user", "level").where("\"level\" > 1");
        op.execute("INSERT INTO \"Counter Table\" (n) VALUES (5)");
        op.dropColumn("Order Lines", "user");
        op.dropTable("Counter Table");
        return op;
    }

    /** Column options for a unique, indexed column in one place. */
    static final class ColumnOptionsShortcut {
        static io.retort.migration.ColumnOption uniqueAndIndexed() {
            return c -> {
                io.retort.migration.ColumnOptions.unique().applyTo(c);
                io.retort.migration.ColumnOptions.indexed().applyTo(c);
            };
        }
    }

    @Test
    void everyOperationReadsBackAsReplayed() {
        try (SqliteTestDatabase db = SqliteTestDatabase.create(vertx)) {
            Pool pool = db.pool();
            SqliteTestSupport.sessionSetup(pool);
            Schema schema = Schema.EMPTY;
            for (Operation op : schemaOps().operations()) {
                schema = apply(pool, schema, op);
                assertMatchesDatabase(pool, schema, op.describe());
            }
            for (Operation op : changeOps().operations()) {
                schema = apply(pool, schema, op);
                assertMatchesDatabase(pool, schema, op.describe());
            }
            assertEquals("ok", SqliteTestSupport.query(pool, "PRAGMA integrity_check").get(0).getString(0));
        }
    }

    @Test
    void sequencesRunNothingAndStillReadBackAsReplayed() {
        try (SqliteTestDatabase db = SqliteTestDatabase.create(vertx)) {
            Pool pool = db.pool();
            SqliteTestSupport.sessionSetup(pool);
            Ops ops = new Ops(Ops.SQLITE);
            ops.createSequence("notes_seq");
            ops.createTable("notes", t -> t.column("id", bigint(), primaryKey()));
            ops.createSequence("tags_seq", 100, 1);
            ops.dropSequence("notes_seq");
            Schema schema = Schema.EMPTY;
            for (Operation op : ops.operations()) {
                schema = apply(pool, schema, op);
                assertMatchesDatabase(pool, schema, op.describe());
            }
            assertEquals(Set.of("tags_seq"), schema.sequences().keySet(), "replay still knows the sequences");
            assertEquals(Set.of(), introspect(pool).sequences().keySet());
        }
    }

    @Test
    void introspectionReadsTypesNamesAndExpressionsAsWritten() {
        try (SqliteTestDatabase db = SqliteTestDatabase.create(vertx)) {
            Pool pool = db.pool();
            Schema schema = Schema.EMPTY;
            for (Operation op : schemaOps().operations()) {
                schema = apply(pool, schema, op);
            }
            Schema live = introspect(pool);
            Table users = live.require("users", "test");
            assertEquals(ColumnType.string(255), users.column("email").orElseThrow().type());
            assertEquals(ColumnType.numeric(10, 2), users.column("balance").orElseThrow().type());
            assertEquals(ColumnType.raw("citext"), users.column("extra").orElseThrow().type());
            assertEquals(ColumnType.of(ColumnType.Kind.TIMESTAMPTZ), users.column("created_at").orElseThrow().type());
            assertEquals("'pending'", users.column("status").orElseThrow().serverDefault());
            assertEquals("pk_users", users.primaryKey().name());
            assertEquals(List.of("email"), users.uniques().stream().filter(u -> u.name().equals("uq_users_email")).findFirst()
                    .orElseThrow().columns());
            assertEquals("is_active = 1 AND status <> 'gone'", users.index("ix_users_active_email").orElseThrow().where());
            assertTrue(users.index("uq_users_external").orElseThrow().unique());
            assertEquals("age >= 0", users.checks().get(0).expression());

            Table lines = live.require("Order Lines", "test");
            assertEquals(List.of("order", "line \"no\""), lines.primaryKey().columns());
            assertEquals("ck_Order Lines_qty_positive", lines.checks().get(0).name());
            assertEquals(CASCADE, lines.foreignKeys().get(0).onDelete());
            assertEquals(CASCADE, lines.foreignKeys().get(0).onUpdate());

            Table counters = live.require("counters", "test");
            assertTrue(counters.column("id").orElseThrow().identity());
            assertEquals(SET_NULL, counters.foreignKeys().get(0).onDelete());
            assertEquals(RESTRICT, counters.foreignKeys().get(0).onUpdate());
        }
    }

    @Test
    void excludedTablesAreLeftOut() {
        try (SqliteTestDatabase db = SqliteTestDatabase.create(vertx)) {
            Pool pool = db.pool();
            SqliteTestSupport.query(pool, DIALECT.createVersionTable("retort_version"));
            SqliteTestSupport.query(pool, DIALECT.createHistoryTable("retort_history"));
            SqliteTestSupport.query(pool, "CREATE TABLE kept (x INTEGER)");
            Schema all = introspect(pool);
            assertTrue(all.hasTable("retort_history"));
            assertEquals("retort_version_pkc", all.require("retort_version", "test").primaryKey().name());
            assertTrue(all.require("retort_history", "test").column("id").orElseThrow().identity());
            Schema live = DIALECT.introspect(pool, Set.of("retort_version", "retort_history")).await().indefinitely();
            assertEquals(Set.of("kept"), live.tables().keySet());
        }
    }
}
