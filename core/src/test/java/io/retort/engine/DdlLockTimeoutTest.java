package io.retort.engine;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.dialect.postgres.PostgresDialect;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A revision's statements wait for table locks under their own lock timeout, not the migration
 * lock's: behind a session that holds a lock on the table (an open transaction that read it), the
 * revision is rolled back and tried again a bounded number of times, then fails naming that session;
 * a lock released between attempts is outwaited; a revision can set its own timeouts.
 */
class DdlLockTimeoutTest extends EngineSuite {

    static List<LoadedRevision> chain() {
        return List.of(GeneratedChain.revision("dl01", null, "books", op -> {
            op.createTable("books", t -> t.column("id", bigint(), primaryKey()).column("title", string(100)));
            op.execute("INSERT INTO books VALUES (1, 'Solaris')");
        }, op -> op.dropTable("books")),
                GeneratedChain.revision("dl02", "dl01", "add pages", op -> op.addColumn("books", "pages", integer()),
                        op -> op.dropColumn("books", "pages")));
    }

    private static int readerPid;

    private static RetortOptions options(Duration lockTimeout, int retries) {
        // The migration lock may wait long; the revision's statements may not.
        return RetortOptions.defaults().withLockTimeout(Duration.ofSeconds(30))
                .withDdl(new DdlTimeouts(lockTimeout, Duration.ZERO, retries, Duration.ofMillis(100)));
    }

    /** A session that read the table in a transaction it keeps open: it holds ACCESS SHARE until it ends. */
    private static SqlConnection reader(PostgresTestDatabase db) {
        SqlConnection connection = db.newPool().getConnection().await().indefinitely();
        readerPid = connection.query("SELECT pg_backend_pid()").execute().await().indefinitely().iterator().next().getInteger(0);
        connection.query("BEGIN").execute().await().indefinitely();
        connection.query("SELECT count(*) FROM books").execute().await().indefinitely();
        return connection;
    }

    @Test
    void givesUpAfterItsRetriesAndNamesTheSessionHoldingTheLock() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            Retort retort = Retort.of(chain(), new PostgresDialect(), db.pool(), options(Duration.ofMillis(300), 2));
            retort.upgrade("dl01").await().indefinitely();
            SqlConnection reader = reader(db);
            int pid = readerPid;
            long started = System.nanoTime();
            DdlLockTimeoutException error = assertThrows(DdlLockTimeoutException.class, () -> retort.upgrade("head").await().indefinitely());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 5_000, "3 attempts of 300 ms and two short pauses, not the 30 s migration lock timeout: " + millis + " ms");
            assertTrue(error.getMessage().startsWith("Revision dl02 (add pages) [generated dl02] gave up after 3 attempts: each time a"
                    + " statement waited longer than its lock timeout (300 ms)"), error.getMessage());
            assertTrue(error.getMessage().contains("pid " + pid + " (idle in transaction since ")
                    && error.getMessage().contains("SELECT count(*) FROM books — AccessShareLock on books"), error.getMessage());
            assertTrue(error.getMessage().contains("the database is still at revision dl01"), error.getMessage());
            assertEquals(Set.of("dl01"), retort.current().await().indefinitely());

            reader.query("COMMIT").execute().await().indefinitely();
            reader.close().await().indefinitely();
            retort.upgrade("head").await().indefinitely();
            assertEquals(Set.of("dl02"), retort.current().await().indefinitely());
        }
    }

    @Test
    void aLockReleasedBetweenAttemptsIsOutwaited() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            Retort retort = Retort.of(chain(), new PostgresDialect(), db.pool(), options(Duration.ofMillis(300), 6));
            retort.upgrade("dl01").await().indefinitely();
            SqlConnection reader = reader(db);
            vertx.setTimer(1_000, id -> reader.query("COMMIT").execute().subscribe().with(done -> reader.close().subscribe().with(x -> { })));
            retort.upgrade("head").await().indefinitely();
            assertEquals(Set.of("dl02"), retort.current().await().indefinitely());
        }
    }

    @Revision(id = "dl02", parent = "dl01", message = "impatient", lockTimeout = "100ms", lockRetries = 0)
    public static class Impatient implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.addColumn("books", "pages", integer());
        }

        @Override
        public void downgrade(Ops op) {
            op.dropColumn("books", "pages");
        }
    }

    @Revision(id = "dl02", parent = "dl01", message = "slow", statementTimeout = "200ms")
    public static class Slow implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.execute("SELECT pg_sleep(2)");
        }

        @Override
        public void downgrade(Ops op) {
        }
    }

    @Test
    void aRevisionSetsItsOwnTimeouts() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            RetortOptions patient = options(Duration.ofSeconds(20), 3);
            Retort impatient = Retort.of(List.of(chain().get(0), Revisions.fromClass(Impatient.class)), new PostgresDialect(), db.pool(), patient);
            impatient.upgrade("dl01").await().indefinitely();
            SqlConnection reader = reader(db);
            long started = System.nanoTime();
            DdlLockTimeoutException error = assertThrows(DdlLockTimeoutException.class, () -> impatient.upgrade("head").await().indefinitely());
            assertTrue((System.nanoTime() - started) / 1_000_000 < 3_000, "one attempt of 100 ms, not 20 s");
            assertTrue(error.getMessage().contains("gave up after 1 attempt: each time a statement waited longer than its lock timeout (100 ms)"),
                    error.getMessage());
            reader.query("COMMIT").execute().await().indefinitely();
            reader.close().await().indefinitely();

            Retort slow = Retort.of(List.of(chain().get(0), Revisions.fromClass(Slow.class)), new PostgresDialect(), db.pool(), patient);
            MigrationFailedException timedOut = assertThrows(MigrationFailedException.class, () -> slow.upgrade("head").await().indefinitely());
            assertTrue(timedOut.getMessage().contains("canceling statement due to statement timeout")
                    && timedOut.getMessage().contains("SELECT pg_sleep(2)"), timedOut.getMessage());
        }
    }

    @Revision(id = "dl09", message = "typo", lockTimeout = "soon")
    public static class BadTimeout implements Migration {
        @Override
        public void upgrade(Ops op) {
        }

        @Override
        public void downgrade(Ops op) {
        }
    }

    @Test
    void aTimeoutThatIsNoDurationIsNamed() {
        RevisionDefinitionException error = assertThrows(RevisionDefinitionException.class, () -> Revisions.fromClass(BadTimeout.class));
        assertTrue(error.getMessage().startsWith("Revision dl09 (" + BadTimeout.class.getName() + ") "), error.getMessage());
        assertTrue(error.getMessage().contains("lockTimeout") && error.getMessage().contains("soon"), error.getMessage());
    }
}
