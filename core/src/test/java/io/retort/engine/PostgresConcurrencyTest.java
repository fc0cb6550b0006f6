package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.Ops;
import io.retort.testing.Backend;
import io.retort.testing.PostgresTestDatabase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL as a rolling deploy meets it: several instances starting at once, a revision that
 * builds an index CONCURRENTLY, databases whose default isolation is stricter than READ COMMITTED.
 */
class PostgresConcurrencyTest extends EngineSuite {

    private static List<LoadedRevision> chainWithConcurrentIndex() {
        List<LoadedRevision> revisions = new ArrayList<>(GeneratedChain.linear(2));
        revisions.add(GeneratedChain.revision("g003", "g002", "index concurrently",
                op -> op.executeOn(Ops.POSTGRESQL, "CREATE INDEX CONCURRENTLY ix_t1_active ON t1 (active)"),
                op -> op.executeOn(Ops.POSTGRESQL, "DROP INDEX CONCURRENTLY ix_t1_active"), false));
        revisions.add(GeneratedChain.revision("g004", "g003", "after", op -> op.execute("CREATE TABLE after_index (x int)"),
                op -> op.execute("DROP TABLE after_index")));
        return revisions;
    }

    /**
     * Four instances at once, three rounds, on a database whose next revision is non-transactional.
     * An instance waiting for the lock used to hold a snapshot that CREATE INDEX CONCURRENTLY waits
     * for, while the lock holder waited for the index: "deadlock detected" in 9 of 12 starts.
     */
    @Test
    void fourInstancesStartTogetherOnAConcurrentIndexRevision() {
        for (int round = 1; round <= 3; round++) {
            try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
                List<LoadedRevision> chain = chainWithConcurrentIndex();
                Retort.of(chain, Backend.POSTGRESQL.dialect(), db.pool(), RetortOptions.defaults()).upgrade("g002").await().indefinitely();
                List<Uni<MigrationResult>> starts = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    starts.add(Retort.of(chain, Backend.POSTGRESQL.dialect(), db.newPool(), RetortOptions.defaults()).upgrade("head"));
                }

                List<MigrationResult> results = Uni.join().all(starts).andCollectFailures().await().atMost(Duration.ofMinutes(2));

                assertEquals(2, results.stream().mapToInt(r -> r.steps().size()).sum(), "round " + round + ": each revision once");
                assertEquals(1, count(db, "SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                        + " WHERE c.relname = 'ix_t1_active' AND i.indisvalid"), "round " + round + ": the index, valid");
                assertEquals(4, count(db, "SELECT COUNT(*) FROM retort_history WHERE direction = 'upgrade'"));
            }
        }
    }

    /**
     * With the database's default isolation REPEATABLE READ, the second of two instances started
     * together used to fail with "could not serialize access" instead of waiting: its snapshot was
     * taken before the lock was granted. Retort's transactions are READ COMMITTED whatever the default.
     */
    @Test
    void aStricterDefaultIsolationStillWaitsForTheLock() {
        for (String isolation : List.of("repeatable read", "serializable")) {
            try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
                db.pool().query("ALTER DATABASE " + db.name() + " SET default_transaction_isolation = '" + isolation + "'")
                        .execute().await().indefinitely();
                List<LoadedRevision> chain = new ArrayList<>(GeneratedChain.linear(2));
                chain.add(GeneratedChain.revision("g003", "g002", "slow", op -> op.execute("SELECT pg_sleep(0.5)"), op -> op.execute("SELECT 1")));
                chain.add(GeneratedChain.revision("g004", "g003", "last", op -> op.execute("CREATE TABLE last_one (x int)"),
                        op -> op.execute("DROP TABLE last_one")));
                List<Uni<MigrationResult>> starts = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    starts.add(Retort.of(chain, Backend.POSTGRESQL.dialect(), db.newPool(), RetortOptions.defaults()).upgrade("head"));
                }

                List<MigrationResult> results = Uni.join().all(starts).andCollectFailures().await().atMost(Duration.ofMinutes(1));

                assertEquals(4, results.stream().mapToInt(r -> r.steps().size()).sum(), isolation + ": each revision once");
            }
        }
    }

    /**
     * The bookkeeping after a non-transactional revision fails (here its statements dropped the
     * history table). The unlock used to run inside the aborted transaction, fail unseen, and leave
     * the lock with the pooled connection: every later start timed out.
     */
    @Test
    void aFailedBookkeepingLeavesNoLockBehind() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            List<LoadedRevision> chain = new ArrayList<>(GeneratedChain.linear(1));
            chain.add(GeneratedChain.revision("g002", "g001", "breaks the history", op -> op.execute("DROP TABLE retort_history"),
                    op -> op.execute("SELECT 1"), false));
            Pool pool = db.pool();
            Retort retort = Retort.of(chain, Backend.POSTGRESQL.dialect(), pool, RetortOptions.defaults());

            assertThrows(RuntimeException.class, () -> retort.upgrade("head").await().indefinitely());

            Pool other = db.newPool();
            Object free = other.query("SELECT pg_try_advisory_lock(" + RetortOptions.defaults().lockKey() + ")").execute()
                    .await().indefinitely().iterator().next().getValue(0);
            assertEquals(true, free, "nobody holds Retort's lock after the failure");
            other.query("SELECT pg_advisory_unlock_all()").execute().await().indefinitely();
            // And the pool's own connections hold nothing either.
            for (int i = 0; i < 4; i++) {
                long held = ((Number) pool.query("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")
                        .execute().await().indefinitely().iterator().next().getValue(0)).longValue();
                assertEquals(0, held);
            }
            assertTrue(Set.of("g001").equals(retort.current().await().indefinitely()));
        }
    }
}
