package io.retort.engine;

import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.dialect.postgres.PostgresDialect;
import io.retort.testing.Backend;
import io.retort.testing.SchemaAssertions;
import io.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The PostgreSQL connection cut in the middle of a revision (pg_terminate_backend from another
 * session): a clear error, nothing of that revision left, and the next upgrade completes.
 */
class ConnectionCutTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"POSTGRESQL", "POSTGRESQL_PGBOUNCER"})
    void aCutConnectionLeavesThePreviousRevisionAndTheNextRunFinishes(Backend backend) throws Exception {
        try (TestDatabase db = backend.open(vertx)) {
            List<LoadedRevision> revisions = new ArrayList<>(GeneratedChain.linear(2));
            revisions.add(GeneratedChain.revision("g003", "g002", "slow", op -> {
                op.addColumn("t1", "note", text());
                op.execute("SELECT pg_sleep(3)");
                op.addColumn("t2", "note", text());
            }, op -> {
                op.dropColumn("t2", "note");
                op.dropColumn("t1", "note");
            }));
            // The migrating run has a pool of its own (db.pool(), made first, serves the counts): the cut
            // connection may still be handed out once by that pool before Vert.x evicts it, which is
            // the pool's business, not this test's.
            db.pool();
            Retort retort = Retort.of(revisions, new PostgresDialect(), db.newPool(), RetortOptions.defaults());

            CompletableFuture<MigrationResult> upgrade = retort.upgrade("head").subscribeAsCompletionStage();
            long cut = 0;
            for (int i = 0; i < 100 && cut == 0; i++) {
                Thread.sleep(100);
                cut = count(db, "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event = 'PgSleep'");
            }
            assertEquals(1, cut, "the migrating session was found and cut");

            Exception failure = assertThrows(Exception.class, () -> upgrade.get(30, TimeUnit.SECONDS));
            String message = String.valueOf(failure.getCause() == null ? failure : failure.getCause().getMessage());
            assertTrue(message.contains("g003") && message.contains("connection to the database was lost")
                    && message.contains("still at revision g002") && message.contains("again"), message);

            retort = Retort.of(revisions, new PostgresDialect(), db.newPool(), RetortOptions.defaults());
            assertEquals(Set.of("g002"), retort.current().await().indefinitely(), "g001 and g002 committed, g003 not at all");
            assertEquals(2, count(db, "SELECT COUNT(*) FROM retort_history"));
            SchemaAssertions.assertSameSchema(new PostgresDialect().canonical(retort.chain().schemaAt(Set.of("g002"))),
                    new PostgresDialect().canonical(retort.introspect().await().indefinitely()), "nothing of g003");

            assertEquals(1, retort.upgrade("head").await().indefinitely().steps().size(), "the next run completes");
            assertEquals(Set.of("g003"), retort.current().await().indefinitely());
        }
    }
}
