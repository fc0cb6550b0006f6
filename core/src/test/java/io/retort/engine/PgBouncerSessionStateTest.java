package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.migration.Ops;
import io.retort.testing.Backend;
import io.retort.testing.PostgresTestDatabase;
import io.retort.testing.TestDatabase;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Non-transactional revisions behind PgBouncer in transaction pooling mode while other clients
 * keep it busy, so consecutive statements of one client land on different server connections. The
 * session-level lock used to be taken on one backend and "released" on another: the unlock
 * returned false, the lock stayed with an idle server connection, and the next start timed out.
 */
class PgBouncerSessionStateTest extends EngineSuite {

    @Test
    void noLockIsLeftOnAServerConnection() throws Exception {
        try (TestDatabase db = Backend.POSTGRESQL_PGBOUNCER.open(vertx)) {
            List<LoadedRevision> chain = new ArrayList<>(GeneratedChain.linear(1));
            for (int i = 2; i <= 6; i++) {
                String id = GeneratedChain.id(i);
                chain.add(GeneratedChain.revision(id, GeneratedChain.id(i - 1), "index " + i,
                        op -> op.executeOn(Ops.POSTGRESQL, "CREATE INDEX CONCURRENTLY ix_t1_" + id + " ON t1 (name)"),
                        op -> op.executeOn(Ops.POSTGRESQL, "DROP INDEX CONCURRENTLY ix_t1_" + id), false));
            }
            AtomicBoolean busy = new AtomicBoolean(true);
            List<Thread> noise = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Pool pool = db.newPool();
                Thread thread = new Thread(() -> {
                    while (busy.get()) {
                        pool.query("SELECT pg_sleep(0.002)").execute().await().atMost(Duration.ofSeconds(30));
                    }
                });
                thread.start();
                noise.add(thread);
            }
            try {
                Retort.of(chain, Backend.POSTGRESQL.dialect(), db.newPool(), RetortOptions.defaults()).upgrade("head").await().indefinitely();
            } finally {
                busy.set(false);
                for (Thread thread : noise) {
                    thread.join();
                }
            }

            Pool direct = PgPool.pool(vertx, PostgresTestDatabase.options(((PostgresTestDatabase) db).name()), new PoolOptions().setMaxSize(1));
            try {
                long held = ((Number) direct.query("SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                        + " WHERE l.locktype = 'advisory' AND d.datname = current_database()").execute().await().indefinitely()
                        .iterator().next().getValue(0)).longValue();
                assertEquals(0, held, "advisory locks left on server connections");
            } finally {
                direct.closeAndAwait();
            }
            RetortOptions impatient = RetortOptions.defaults().withLockTimeout(Duration.ofSeconds(2));
            Retort next = Retort.of(chain, Backend.POSTGRESQL.dialect(), db.newPool(), impatient);
            assertEquals(0, next.upgrade("head").await().indefinitely().steps().size(), "the next start does not wait for a lost lock");
            assertEquals(Set.of(GeneratedChain.id(6)), next.current().await().indefinitely());
        }
    }
}
