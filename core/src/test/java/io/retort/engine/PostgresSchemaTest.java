package io.retort.engine;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.dialect.postgres.PostgresDialect;
import io.retort.migration.Ops;
import io.retort.testing.PostgresTestDatabase;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Retort working in a schema of its own ({@code quarkus.retort.schema}) on PostgreSQL. */
class PostgresSchemaTest extends EngineSuite {

    private static List<LoadedRevision> chain() {
        List<LoadedRevision> revisions = new ArrayList<>();
        revisions.add(GeneratedChain.revision("s001", null, "items", op -> op.createTable("items", t -> t
                .column("id", integer(), primaryKey()).column("price", integer())), op -> op.dropTable("items")));
        revisions.add(GeneratedChain.revision("s002", "s001", "index concurrently",
                op -> op.executeOn(Ops.POSTGRESQL, "CREATE INDEX CONCURRENTLY ix_items_price ON items (price)"),
                op -> op.executeOn(Ops.POSTGRESQL, "DROP INDEX CONCURRENTLY ix_items_price"), false));
        return revisions;
    }

    /** A non-transactional revision used to run in the connection's default schema ("relation items does not exist"). */
    @Test
    void aNonTransactionalRevisionRunsInTheConfiguredSchema() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            db.pool().query("CREATE SCHEMA tenant").execute().await().indefinitely();
            Retort retort = Retort.of(chain(), new PostgresDialect("tenant"), db.pool(), RetortOptions.defaults());

            retort.upgrade("head").await().indefinitely();

            assertEquals(1, count(db, "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'tenant' AND indexname = 'ix_items_price'"));
            retort.downgrade("base").await().indefinitely();
            assertEquals(0, count(db, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'tenant' AND tablename = 'items'"));
            for (int i = 0; i < 4; i++) {
                assertEquals(1, count(db, "SELECT COUNT(*) FROM pg_settings WHERE name = 'search_path' AND source = 'default'"),
                        "the pool's connections are handed back with their own search path");
            }
        }
    }

    /** The offline script used to create the tables unqualified, wherever the DBA's session pointed. */
    @Test
    void theOfflineScriptSetsTheSchema() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            db.pool().query("CREATE SCHEMA tenant").execute().await().indefinitely();
            Retort retort = Retort.of(chain().subList(0, 1), new PostgresDialect("tenant"), db.pool(), RetortOptions.defaults());

            String script = retort.upgradeSql(Set.of(), "head");

            assertTrue(script.contains("SET search_path TO \"tenant\";"), script);
            List<String> statements = new ArrayList<>();
            for (String statement : script.split(";\n")) {
                String sql = statement.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!sql.isEmpty()) {
                    statements.add(sql);
                }
            }
            db.newPool().withConnection(connection -> Sql.runAll(connection, statements)).await().indefinitely();
            assertEquals(1, count(db, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'tenant' AND tablename = 'items'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'tenant' AND tablename = 'retort_history'"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"));
        }
    }

    /**
     * Two tenants in two schemas of one database migrate independently: the lock key used to ignore
     * the schema, so one tenant's long revision held up every other tenant's start.
     */
    @Test
    void tenantsInSeparateSchemasDoNotWaitForEachOther() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            db.pool().query("CREATE SCHEMA a; CREATE SCHEMA b").execute().await().indefinitely();
            List<LoadedRevision> slow = List.of(GeneratedChain.revision("a001", null, "slow",
                    op -> op.execute("SELECT pg_sleep(3)"), op -> op.execute("SELECT 1")));
            RetortOptions impatient = RetortOptions.defaults().withLockTimeout(Duration.ofMillis(800));
            Uni<MigrationResult> tenantA = Retort.of(slow, new PostgresDialect("a"), db.newPool(), RetortOptions.defaults()).upgrade("head");
            var running = tenantA.subscribeAsCompletionStage();
            sleep(500);

            MigrationResult tenantB = Retort.of(chain(), new PostgresDialect("b"), db.newPool(), impatient).upgrade("head").await().indefinitely();

            assertEquals(2, tenantB.steps().size());
            assertEquals(1, running.join().steps().size());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
