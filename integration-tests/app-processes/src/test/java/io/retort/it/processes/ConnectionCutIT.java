package io.retort.it.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.ApplicationProcess;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.sqlclient.Pool;
import org.junit.jupiter.api.Test;

/**
 * The application's connection cut from another session (pg_terminate_backend) in the middle of
 * its upgrade: the start fails with a clear error, the revision in flight is rolled back whole,
 * and the next start completes.
 */
class ConnectionCutIT extends ProcessSuite {

    @Test
    void cutConnectionFailsClearlyAndTheNextStartCompletes() throws Exception {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            try (ApplicationProcess application = start(db)) {
                int[] applied = {0};
                assertTrue(application.awaitLine(line -> line.contains("Applied b") && ++applied[0] == 20), application.output());
                Pool admin = db.newPool();
                long cut = ((Number) admin.query("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()").execute().await().indefinitely()
                        .iterator().next().getValue(0)).longValue();
                assertTrue(cut >= 1, "the application's connection was terminated");

                assertNotEquals(0, application.awaitExit(), "the start failed:\n" + application.output());
                assertTrue(application.output().contains("the connection to the database was lost"), application.output());
                assertTrue(application.output().contains("again once the database is reachable"), application.output());
            }
            // Whole revisions only: the version row names the last revision the history records.
            long recorded = count(db, "SELECT COUNT(*) FROM retort_history");
            assertTrue(recorded >= 20 && recorded < REVISIONS, "recorded " + recorded);
            assertEquals(String.format("b%04d", recorded),
                    db.pool().query("SELECT version_num FROM retort_version").execute().await().indefinitely().iterator().next()
                            .getString(0));

            try (ApplicationProcess application = start(db)) {
                assertTrue(application.awaitStarted(), application.output());
                application.stop();
            }
            assertAtHeadEachRevisionOnce(db, "after the cut and a second start");
        }
    }
}
