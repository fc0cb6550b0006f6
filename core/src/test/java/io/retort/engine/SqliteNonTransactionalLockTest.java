package io.retort.engine;

import static io.retort.migration.ColumnTypes.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A non-transactional revision (written for PostgreSQL's CREATE INDEX CONCURRENTLY) on SQLite used
 * to run without any lock: two processes on one file both ran its statements. SQLite's lock is its
 * write transaction, so there every revision runs inside one, and the second process finds the
 * revision applied.
 */
class SqliteNonTransactionalLockTest extends EngineSuite {

    /** A statement that keeps SQLite busy for a moment, so that two upgraders overlap. */
    private static final String SLOW = "INSERT INTO runs SELECT 1 WHERE (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
            + " FROM n WHERE i < 2000000) SELECT COUNT(*) FROM n) > 0";

    @Test
    void twoUpgradersRunANonTransactionalRevisionOnce() {
        try (TestDatabase db = Backend.SQLITE.open(vertx)) {
            LoadedRevision table = GeneratedChain.revision("n001", null, "runs", op -> op.createTable("runs", t -> t.column("x", integer())),
                    op -> op.dropTable("runs"));
            LoadedRevision concurrently = GeneratedChain.revision("n002", "n001", "index concurrently", op -> {
                op.executeOn("postgresql", "CREATE INDEX CONCURRENTLY ix_runs_x ON runs (x)");
                op.executeOn("sqlite", SLOW);
            }, op -> op.execute("DELETE FROM runs"), false);
            List<LoadedRevision> chain = List.of(table, concurrently);
            List<Uni<MigrationResult>> upgrades = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                upgrades.add(Retort.of(chain, Backend.SQLITE.dialect(), db.newPool(), RetortOptions.defaults()).upgrade("head"));
            }
            Uni.join().all(upgrades).andFailFast().await().atMost(Duration.ofMinutes(2));

            assertEquals(1, count(db, "SELECT COUNT(*) FROM runs"), "the non-transactional revision's statements ran once");
            assertEquals(2, count(db, "SELECT COUNT(*) FROM retort_history"));
        }
    }
}
