package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.dialect.mariadb.MariaDbDialect;
import io.retort.testing.MariaDbTestDatabase;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB a revision's DDL waits for a table's metadata lock under the revision's lock timeout
 * (MariaDB's own default is a day, with every later query on the table queued behind the waiting
 * ALTER): behind a session holding the lock, the statement gives up, is tried again a bounded number
 * of times, then the run fails naming that session; the statements before it stay, and the next run
 * goes on from it.
 */
class MariaDbDdlLockTimeoutTest extends EngineSuite {

    private static RetortOptions options(int retries) {
        return RetortOptions.defaults().withLockTimeout(Duration.ofSeconds(30))
                .withDdl(new DdlTimeouts(Duration.ofMillis(300), Duration.ZERO, retries, Duration.ofMillis(100)));
    }

    @Test
    void givesUpAfterItsRetriesNamingTheSessionAndGoesOnOnceItEnds() {
        try (MariaDbTestDatabase db = MariaDbTestDatabase.create(vertx)) {
            Retort retort = Retort.of(DdlLockTimeoutTest.chain(), new MariaDbDialect(), db.pool(), options(1));
            retort.upgrade("dl01").await().indefinitely();
            SqlConnection reader = db.newPool().getConnection().await().indefinitely();
            long pid = reader.query("SELECT CONNECTION_ID()").execute().await().indefinitely().iterator().next().getLong(0);
            reader.query("START TRANSACTION").execute().await().indefinitely();
            reader.query("SELECT COUNT(*) FROM books").execute().await().indefinitely();

            long started = System.nanoTime();
            DdlLockTimeoutException error = assertThrows(DdlLockTimeoutException.class, () -> retort.upgrade("head").await().indefinitely());
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertTrue(millis < 10_000, "2 attempts of 1 s (MariaDB counts whole seconds), not a day: " + millis + " ms");
            assertTrue(error.getMessage().startsWith("Revision dl02 (add pages) [generated dl02] gave up after 2 attempts"), error.getMessage());
            assertTrue(error.getMessage().contains("pid " + pid + " (idle in transaction since "), error.getMessage());
            assertTrue(error.getMessage().contains("KILL <pid>"), error.getMessage());
            assertTrue(error.getMessage().contains("The database's version is still revision dl01"), error.getMessage());
            assertEquals(Set.of("dl01"), retort.current().await().indefinitely());
            assertEquals(0L, db.pool().query("SELECT COUNT(*) FROM retort_progress").execute().await().indefinitely().iterator().next()
                    .getLong(0), "the statement that gave up changed nothing and is not recorded");

            reader.query("COMMIT").execute().await().indefinitely();
            reader.close().await().indefinitely();
            retort.upgrade("head").await().indefinitely();
            assertEquals(Set.of("dl02"), retort.current().await().indefinitely());
            assertEquals(0L, db.pool().query("SELECT @@SESSION.lock_wait_timeout <> @@GLOBAL.lock_wait_timeout").execute()
                    .await().indefinitely().iterator().next().getLong(0), "the pool's connections keep the server's timeout");
        }
    }
}
