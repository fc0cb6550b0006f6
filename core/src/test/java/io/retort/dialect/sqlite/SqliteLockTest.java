package io.retort.dialect.sqlite;

import static io.retort.dialect.sqlite.SqliteTestSupport.DIALECT;
import static io.retort.dialect.sqlite.SqliteTestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.SqliteTestDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migration lock is SQLite's write lock: a second writer waits the busy timeout, then fails recognizably. */
class SqliteLockTest {

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void secondWriterTimesOutAndIsRecognized() {
        try (SqliteTestDatabase db = SqliteTestDatabase.create(vertx)) {
            Pool first = db.pool();
            Pool second = db.newPool();
            DIALECT.sessionSetup(Duration.ofMillis(200)).forEach(sql -> query(first, sql));
            DIALECT.sessionSetup(Duration.ofMillis(200)).forEach(sql -> query(second, sql));
            query(first, DIALECT.createVersionTable("retort_version"));

            DIALECT.beginLocked(Duration.ofMillis(200), 1L).forEach(sql -> query(first, sql));
            query(first, "INSERT INTO retort_version (version_num) VALUES ('abc')");
            long started = System.nanoTime();
            Throwable failure = assertThrows(Throwable.class,
                    () -> DIALECT.beginLocked(Duration.ofMillis(200), 1L).forEach(sql -> query(second, sql)));
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(DIALECT.isLockTimeout(failure), "not recognized as a lock timeout: " + failure);
            assertTrue(waitedMillis >= 150, "the busy timeout was not waited: " + waitedMillis + " ms");

            query(first, "COMMIT");
            // With the first transaction gone the second writer gets the lock.
            DIALECT.beginLocked(Duration.ofMillis(200), 1L).forEach(sql -> query(second, sql));
            assertEquals(1, query(second, "SELECT count(*) AS n FROM retort_version").get(0).getInteger("n"));
            query(second, "COMMIT");
        }
    }

    @Test
    void otherFailuresAreNotLockTimeouts() {
        try (SqliteTestDatabase db = SqliteTestDatabase.create(vertx)) {
            Throwable failure = assertThrows(Throwable.class, () -> query(db.pool(), "SELECT * FROM missing_table"));
            assertFalse(DIALECT.isLockTimeout(failure));
        }
    }
}
