package io.retort.engine;

import static io.retort.migration.ColumnTypes.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retort.dialect.sqlite.SqlitePools;
import io.retort.testing.Backend;
import io.retort.testing.SqliteTestDatabase;
import io.retort.testing.TestDatabase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The migration connection switches SQLite's foreign keys off for its rebuilds and belongs to the
 * application's pool: it must go back with them on, however the run ended. An upgrade given up
 * while a revision ran (a start-up timeout cancels it) used to hand the connection back inside the
 * revision's transaction, where {@code PRAGMA foreign_keys = ON} does nothing: foreign keys off for
 * the application, and the database's write lock held.
 */
class SqliteTeardownTest extends EngineSuite {

    private static final String SLOW = "INSERT INTO runs SELECT 1 WHERE (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
            + " FROM n WHERE i < 3000000) SELECT COUNT(*) FROM n) > 0";

    @Test
    void everyPooledConnectionHasForeignKeysOnAfterSuccessFailureAndCancellation() throws Exception {
        try (TestDatabase db = Backend.SQLITE.open(vertx)) {
            LoadedRevision table = GeneratedChain.revision("d001", null, "runs", op -> op.createTable("runs", t -> t.column("x", integer())),
                    op -> op.dropTable("runs"));
            LoadedRevision slow = GeneratedChain.revision("d002", "d001", "slow", op -> op.execute(SLOW), op -> op.execute("DELETE FROM runs"));
            LoadedRevision failing = GeneratedChain.revision("d003", "d002", "fails", op -> op.execute("INSERT INTO nowhere VALUES (1)"),
                    op -> op.execute("SELECT 1"));
            // The application's pool, as the extension opens it: foreign keys on for every connection it makes.
            Pool pool = SqlitePools.open(vertx, ((SqliteTestDatabase) db).file(), 4, "teardown-" + UUID.randomUUID());
            Retort retort = Retort.of(List.of(table, slow, failing), Backend.SQLITE.dialect(), pool, RetortOptions.defaults());

            retort.upgrade("d001").await().indefinitely();
            assertForeignKeysOnEverywhere(pool, "after an upgrade that succeeded");

            assertThrows(RuntimeException.class, () -> retort.upgrade("head").await().atMost(Duration.ofMillis(300)));
            Thread.sleep(3000); // the cancelled statement finishes on its worker
            assertForeignKeysOnEverywhere(pool, "after an upgrade given up while a revision ran");
            // Another process can write: nobody holds the write lock.
            db.newPool().query("INSERT INTO runs VALUES (42)").execute().await().atMost(Duration.ofSeconds(10));

            assertThrows(MigrationFailedException.class, () -> retort.upgrade("head").await().indefinitely());
            assertForeignKeysOnEverywhere(pool, "after a revision that failed");
            pool.closeAndAwait();
        }
    }

    /** Takes every connection the pool has at once, so the migration's is among them. */
    private static void assertForeignKeysOnEverywhere(Pool pool, String when) {
        List<SqlConnection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                connections.add(pool.getConnection().await().atMost(Duration.ofSeconds(10)));
            }
            for (SqlConnection connection : connections) {
                Object on = connection.query("PRAGMA foreign_keys").execute().await().indefinitely().iterator().next().getValue(0);
                assertEquals(1, ((Number) on).intValue(), "foreign keys on every pooled connection " + when);
            }
        } finally {
            connections.forEach(c -> c.close().await().indefinitely());
        }
    }
}
