package io.retort.it.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.engine.RetortOptions;
import io.retort.testing.ApplicationProcess;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import org.junit.jupiter.api.Test;

/**
 * Retort's lock held by another session: the application waits for the configured
 * quarkus.retort.lock-timeout, then fails naming that setting, having changed nothing.
 */
class LockHeldIT extends ProcessSuite {

    @Test
    void startWaitsForTheTimeoutThenFailsNamingTheSetting() throws Exception {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            Pool holderPool = db.newPool();
            SqlConnection holder = holderPool.getConnection().await().indefinitely();
            holder.query("BEGIN").execute().await().indefinitely();
            holder.query("SELECT pg_advisory_xact_lock(" + RetortOptions.defaults().lockKey() + ")").execute().await().indefinitely();

            long started = System.nanoTime();
            try (ApplicationProcess application = start(db, "quarkus.retort.lock-timeout=3s")) {
                assertNotEquals(0, application.awaitExit(), "the start failed:\n" + application.output());
                long waited = (System.nanoTime() - started) / 1_000_000;
                assertTrue(waited >= 3_000, "waited " + waited + " ms, at least the timeout");
                assertTrue(application.output().contains("quarkus.retort.lock-timeout"), application.output());
            }
            assertEquals(0, count(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'bench%'"),
                    "no revision ran");

            holder.query("ROLLBACK").execute().await().indefinitely();
            holder.closeAndAwait();
            try (ApplicationProcess application = start(db, "quarkus.retort.lock-timeout=3s")) {
                assertTrue(application.awaitStarted(), application.output());
                application.stop();
            }
            assertAtHeadEachRevisionOnce(db, "once the lock was released");
        }
    }
}
