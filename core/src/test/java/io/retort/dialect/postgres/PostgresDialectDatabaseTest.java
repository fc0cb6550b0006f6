package io.retort.dialect.postgres;

import static io.retort.migration.ColumnOptions.check;
import static io.retort.migration.ColumnOptions.comment;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.unique;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.Names;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL-specific behaviour against a real server: the lock, long and quoted names, query count, schemas. */
class PostgresDialectDatabaseTest {

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    private static void run(SqlClient client, List<String> statements) {
        for (String sql : statements) {
            client.query(sql).execute().await().indefinitely();
        }
    }

    /** The begin statements try the lock once; the last answers whether it was taken. */
    private static boolean tryLock(SqlClient client, PostgresDialect dialect, long key) {
        Object taken = null;
        for (String sql : dialect.beginLocked(Duration.ofMillis(300), key)) {
            var rows = client.query(sql).execute().await().indefinitely();
            taken = rows.size() == 0 ? null : rows.iterator().next().getValue(0);
        }
        return Boolean.TRUE.equals(taken);
    }

    @Test
    void aSecondTryIsRefusedUntilTheFirstTransactionEnds() {
        PostgresDialect dialect = new PostgresDialect();
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            SqlConnection first = db.pool().getConnection().await().indefinitely();
            SqlConnection second = db.newPool().getConnection().await().indefinitely();
            try {
                assertTrue(tryLock(first, dialect, 4242L));

                assertFalse(tryLock(second, dialect, 4242L), "held by the first transaction");
                run(second, List.of("ROLLBACK"));

                // A different key is a different lock.
                assertTrue(tryLock(second, dialect, 4243L));
                run(second, List.of("ROLLBACK"));

                // The lock belongs to the transaction: COMMIT releases it, the connection keeps nothing.
                run(first, List.of("COMMIT"));
                assertTrue(tryLock(second, dialect, 4242L));
                run(second, List.of("COMMIT"));
                Row held = first.query("SELECT count(*) AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                        + " WHERE l.locktype = 'advisory' AND d.datname = current_database()")
                        .execute().await().indefinitely().iterator().next();
                assertEquals(0L, held.getLong("n"));
            } finally {
                first.closeAndAwait();
                second.closeAndAwait();
            }
        }
    }

    @Test
    void otherFailuresAreNotLockTimeouts() {
        PostgresDialect dialect = new PostgresDialect();
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            RuntimeException failure = assertThrows(RuntimeException.class,
                    () -> run(db.pool(), List.of("SELECT * FROM no_such_table")));
            assertFalse(dialect.isLockTimeout(failure));
        }
    }

    @Test
    void namesShortenedByNamesAreKeptByPostgresUnchanged() {
        String table = "Überlange_Tabelle_für_Bestellpositionen_mit_Sonderzeichen"; // 59 bytes
        String column = "Identifikationsnummer_des_zugehörigen_Kunden";
        assertTrue(table.getBytes(StandardCharsets.UTF_8).length <= 63);
        String uniqueName = Names.unique(table, List.of(column));
        assertEquals(63, uniqueName.getBytes(StandardCharsets.UTF_8).length, uniqueName);
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            PostgresDialect dialect = new PostgresDialect();
            PostgresSchemaHarness harness = new PostgresSchemaHarness(dialect, db.pool());
            harness.apply(op -> {
                op.createTable("kunde", t -> t.column("id", bigint(), primaryKey()));
                op.createTable(table, t -> t
                        .column("id", bigint(), primaryKey())
                        .column(column, bigint(), unique(), references("kunde", "id"), check("\"" + column + "\" > 0"))
                        .index(column, "id"));
            });
            Table live = harness.introspect().table(table).orElseThrow();
            assertEquals(uniqueName, live.uniques().get(0).name());
            assertEquals(Names.foreignKey(table, List.of(column), "kunde"), live.foreignKeys().get(0).name());
            assertEquals(Names.check(table, column), live.checks().get(0).name());
            assertEquals(Names.index(table, List.of(column, "id")), live.indexes().get(0).name());
            assertEquals(List.of(column), live.uniques().get(0).columns());
        }
    }

    @Test
    void quotedIdentifiersSurviveIntrospection() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            PostgresDialect dialect = new PostgresDialect();
            PostgresSchemaHarness harness = new PostgresSchemaHarness(dialect, db.pool());
            harness.apply(op -> {
                op.createTable("user", t -> t.column("Select", bigint(), primaryKey()));
                op.createTable("Order \"Lines\"", t -> t
                        .column("Mixed Case", integer(), notNull(), check("\"Mixed Case\" > 0"))
                        .column("a\"b", text(), comment("quote \" inside"))
                        .column("order", integer())
                        .column("from", bigint(), references("user", "Select"))
                        .column("Group", string(10))
                        .primaryKey("Mixed Case", "order")
                        .unique("a\"b", "Group")
                        .index("from"));
                op.createIndex("Partial \"Idx\"", "Order \"Lines\"", "Group").where("\"order\" IS NOT NULL AND \"Group\" <> 'x'");
                op.renameColumn("Order \"Lines\"", "Group", "Team Name");
                op.renameTable("Order \"Lines\"", "Select");
            });
            Schema live = harness.introspect();
            Table select = live.table("Select").orElseThrow();
            assertEquals(List.of("Mixed Case", "a\"b", "order", "from", "Team Name"),
                    select.columns().stream().map(Column::name).toList());
            assertEquals(List.of("Mixed Case", "order"), select.primaryKey().columns());
            assertEquals("quote \" inside", select.column("a\"b").orElseThrow().comment());
            assertEquals("pk_Order \"Lines\"", select.primaryKey().name());
            assertTrue(select.index("Partial \"Idx\"").isPresent());
            String predicate = PostgresExpressions.normalize(select.index("Partial \"Idx\"").orElseThrow().where());
            assertEquals("\"order\" is not null and \"Team Name\" <> 'x'", predicate);
        }
    }

    @Test
    void introspectionIssuesTheSameNumberOfQueriesForOneTableOrFifty() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            PostgresDialect dialect = new PostgresDialect();
            Schema schema = Schema.EMPTY;
            schema = create(dialect, db.pool(), schema, 0);
            long before = dialect.introspectionQueries();
            assertEquals(1, dialect.introspect(db.pool(), Set.of()).await().indefinitely().tables().size());
            long forOne = dialect.introspectionQueries() - before;

            for (int i = 1; i < 50; i++) {
                schema = create(dialect, db.pool(), schema, i);
            }
            before = dialect.introspectionQueries();
            Schema live = dialect.introspect(db.pool(), Set.of()).await().indefinitely();
            long forFifty = dialect.introspectionQueries() - before;

            assertEquals(50, live.tables().size());
            assertEquals(50, live.sequences().size());
            assertEquals(6, PostgresInspector.QUERIES_PER_INTROSPECTION, "tables, columns, constraints, indexes, sequences");
            assertEquals(PostgresInspector.QUERIES_PER_INTROSPECTION, forOne);
            assertEquals(forOne, forFifty);
            assertEquals(dialect.canonical(schema), dialect.canonical(live));
        }
    }

    private static Schema create(PostgresDialect dialect, SqlClient client, Schema schema, int i) {
        Ops ops = new Ops(Ops.POSTGRESQL);
        ops.createTable("t" + i, t -> t.column("id", bigint(), primaryKey()).column("name", string(40), unique())
                .column("parent", bigint(), references("t0", "id")).check("named", "name <> ''").index("parent"));
        ops.createSequence("t" + i + "_seq");
        for (Operation op : ops.operations()) {
            run(client, dialect.render(op, schema));
            schema = op.applyTo(schema);
        }
        return schema;
    }

    @Test
    void versionTablesAreCreatedIdempotentlyAndLeftOutOfIntrospection() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            PostgresDialect dialect = new PostgresDialect();
            for (int i = 0; i < 2; i++) {
                run(db.pool(), List.of(dialect.createVersionTable("retort_version"), dialect.createHistoryTable("retort_history")));
            }
            run(db.pool(), List.of("INSERT INTO retort_version (version_num) VALUES ('abc123')",
                    "INSERT INTO retort_history (revision, direction, duration_ms) VALUES ('abc123', 'upgrade', 12)"));
            Row row = db.pool().query("SELECT id, applied_at, applied_by FROM retort_history").execute().await().indefinitely()
                    .iterator().next();
            assertEquals(1L, row.getLong("id"));
            assertTrue(row.getValue("applied_at") != null);
            assertEquals("postgres", row.getString("applied_by"));

            assertEquals(Set.of("retort_version", "retort_history"),
                    dialect.introspect(db.pool(), Set.of()).await().indefinitely().tables().keySet());
            assertTrue(dialect.introspect(db.pool(), Set.of("retort_version", "retort_history")).await().indefinitely()
                    .tables().isEmpty());
        }
    }

    @Test
    void aConfiguredSchemaIsWhereMigrationsRunAndWhatIsIntrospected() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            PostgresDialect scoped = new PostgresDialect("Tenant A");
            PostgresDialect current = new PostgresDialect();
            run(db.pool(), List.of("CREATE SCHEMA \"Tenant A\"", "CREATE TABLE public_only (x INTEGER)"));
            Ops ops = new Ops(Ops.POSTGRESQL);
            ops.createTable("accounts", t -> t.column("id", bigint(), primaryKey()).check("positive", "id > 0"));
            SqlConnection connection = db.pool().getConnection().await().indefinitely();
            try {
                run(connection, scoped.beginLocked(Duration.ofSeconds(1), 1L));
                Schema replayed = Schema.EMPTY;
                for (Operation op : ops.operations()) {
                    run(connection, scoped.render(op, replayed));
                    replayed = op.applyTo(replayed);
                }
                run(connection, List.of("COMMIT"));
                Schema live = scoped.introspect(db.pool(), Set.of()).await().indefinitely();
                assertEquals(scoped.canonical(replayed), scoped.canonical(live));
                assertEquals(Set.of("public_only"), current.introspect(db.pool(), Set.of()).await().indefinitely().tables().keySet());
            } finally {
                connection.closeAndAwait();
            }
        }
    }

    @Test
    void canonicalFormsStillTellRealDifferencesApart() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            PostgresDialect dialect = new PostgresDialect();
            PostgresSchemaHarness harness = new PostgresSchemaHarness(dialect, db.pool());
            harness.apply(PostgresIntrospectionRoundTripTest::createShop);
            Schema live = dialect.canonical(harness.introspect());
            Schema replayed = harness.replayed();
            Table lines = replayed.table("Order Lines").orElseThrow();

            Schema otherDefault = replayed.with(lines.withColumn("status", c -> c.withServerDefault("'paid'")));
            Schema otherCheck = replayed.with(lines.withChecks(List.of(new CheckConstraint("ck_Order Lines_amount", "amount > 0"))));
            Schema otherType = replayed.with(lines.withColumn("status", c -> c.withType(io.retort.schema.ColumnType.string(17))));
            Schema otherNullability = replayed.with(lines.withColumn("status", c -> c.withNullable(true)));
            for (Schema different : List.of(otherDefault, otherCheck, otherType, otherNullability)) {
                assertNotEquals(dialect.canonical(different), live);
            }
            assertEquals(dialect.canonical(replayed), live);
        }
    }
}
