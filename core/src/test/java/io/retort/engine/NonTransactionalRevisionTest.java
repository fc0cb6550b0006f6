package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.Ops;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A revision declared non-transactional runs statements a transaction refuses (CREATE INDEX CONCURRENTLY). */
class NonTransactionalRevisionTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void statementsRunOutsideATransactionAndTheRevisionIsRecorded(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            List<LoadedRevision> revisions = new ArrayList<>(GeneratedChain.linear(2));
            revisions.add(GeneratedChain.revision("g003", "g002", "index concurrently", op -> {
                op.executeOn(Ops.POSTGRESQL, "CREATE INDEX CONCURRENTLY ix_t1_active ON t1 (active)");
                op.executeOn(Ops.SQLITE, "CREATE INDEX ix_t1_active ON t1 (active)");
                op.executeOn(Ops.MARIADB, "CREATE INDEX ix_t1_active ON t1 (active)");
            }, op -> {
                op.executeOn(Ops.POSTGRESQL, "DROP INDEX ix_t1_active");
                op.executeOn(Ops.SQLITE, "DROP INDEX ix_t1_active");
                op.executeOn(Ops.MARIADB, "DROP INDEX ix_t1_active ON t1");
            }, false));
            Retort retort = Retort.of(revisions, backend.dialect(), db.pool(), RetortOptions.defaults());

            MigrationResult result = retort.upgrade("head").await().indefinitely();

            assertEquals(3, result.steps().size());
            assertEquals(Set.of("g003"), retort.current().await().indefinitely());
            String indexQuery = indexQuery(backend, "ix_t1_active");
            assertEquals(1, count(db, indexQuery));
            assertEquals(1, retort.downgrade("-1").await().indefinitely().steps().size());
            assertEquals(0, count(db, indexQuery));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFailureSaysWhatStayedApplied(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            List<LoadedRevision> revisions = new ArrayList<>(GeneratedChain.linear(1));
            revisions.add(GeneratedChain.revision("g002", "g001", "half done", op -> {
                op.execute("CREATE INDEX ix_t1_name2 ON t1 (name)");
                op.execute("CREATE INDEX ix_bad ON no_such_table (x)");
            }, op -> op.execute("DROP INDEX ix_t1_name2"), false));
            Retort retort = Retort.of(revisions, backend.dialect(), db.pool(), RetortOptions.defaults());

            MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                    () -> retort.upgrade("head").await().indefinitely());

            assertEquals("g002", failure.revision());
            if (backend.postgres()) {
                assertTrue(failure.getMessage().contains("non-transactional"), failure.getMessage());
            } else if (backend == Backend.MARIADB) {
                // Every revision is statement by statement there: the first stays, recorded, and the message lists it.
                assertTrue(failure.getMessage().contains("statement 1 took effect"), failure.getMessage());
                assertTrue(failure.getMessage().contains("1. CREATE INDEX ix_t1_name2 ON t1 (name)"), failure.getMessage());
                assertEquals(1, count(db, indexQuery(backend, "ix_t1_name2")));
            } else {
                // SQLite runs every revision in its write transaction (its lock): nothing of the revision stayed.
                assertTrue(failure.getMessage().contains("Its transaction was rolled back"), failure.getMessage());
                assertEquals(0, count(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_t1_name2'"));
            }
            assertEquals(Set.of("g001"), retort.current().await().indefinitely());
            assertEquals(1, retort.upgrade("g001").await().indefinitely().to().size(), "the lock was released");
        }
    }

    private static String indexQuery(Backend backend, String name) {
        return switch (backend) {
            case POSTGRESQL, POSTGRESQL_PGBOUNCER -> "SELECT COUNT(*) FROM pg_indexes WHERE indexname = '" + name + "'";
            case MARIADB -> "SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME = '"
                    + name + "'";
            default -> "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '" + name + "'";
        };
    }
}
