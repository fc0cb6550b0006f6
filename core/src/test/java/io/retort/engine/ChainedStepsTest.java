package io.retort.engine;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On PostgreSQL (directly and behind PgBouncer) the steps after the first go to the server together,
 * each still its own transaction: every revision records the time its statement arrived, and all but
 * the first share one request. A revision failing in the middle of a batch leaves the ones before it
 * applied and recorded, itself rolled back, and its error reported as when it runs alone.
 */
class ChainedStepsTest extends EngineSuite {

    private static List<LoadedRevision> revisions(int count, int failing) {
        List<LoadedRevision> revisions = new ArrayList<>();
        revisions.add(GeneratedChain.revision("c001", null, "arrivals", op -> op.createTable("arrivals", t -> t
                .column("id", integer(), primaryKey()).column("request", io.retort.migration.ColumnTypes.text())), op -> op.dropTable("arrivals")));
        for (int i = 2; i <= count; i++) {
            String id = String.format("c%03d", i);
            int n = i;
            revisions.add(GeneratedChain.revision(id, String.format("c%03d", i - 1), "step " + i, op -> {
                op.createTable("t" + n, t -> t.column("id", integer(), primaryKey()));
                op.execute("INSERT INTO arrivals (id, request) VALUES (" + n + ", statement_timestamp()::text)");
                if (n == failing) {
                    op.execute("SELECT 1 / 0");
                }
            }, op -> {
                op.execute("DELETE FROM arrivals WHERE id = " + n);
                op.dropTable("t" + n);
            }));
        }
        return revisions;
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"POSTGRESQL", "POSTGRESQL_PGBOUNCER"})
    void theStepsAfterTheFirstShareOneRequestEachInItsTransaction(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            MigrationResult result = Retort.of(revisions(12, 0), backend.dialect(), db.pool(), RetortOptions.defaults())
                    .upgrade("head").await().indefinitely();
            assertEquals(12, result.steps().size());
            assertEquals(Set.of("c012"), result.to());
            assertEquals(1, count(db, "SELECT COUNT(DISTINCT request) FROM arrivals"), "revisions 2 to 12 arrived in one request");
            assertEquals(11, count(db, "SELECT COUNT(*) FROM arrivals"));
            assertEquals(12, count(db, "SELECT COUNT(*) FROM retort_history WHERE direction = 'upgrade' AND duration_ms >= 0"));
            // One transaction each: every history row has its own transaction's time (xmin differs row by row).
            assertEquals(12, count(db, "SELECT COUNT(DISTINCT xmin::text) FROM retort_history"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"POSTGRESQL", "POSTGRESQL_PGBOUNCER"})
    void aRevisionFailingInABatchIsReportedAsAloneAndTheOnesBeforeItStay(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(revisions(12, 7), backend.dialect(), db.pool(), RetortOptions.defaults());
            MigrationFailedException failed = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head").await().indefinitely());
            assertEquals("c007", failed.revision());
            assertTrue(failed.getMessage().contains("SELECT 1 / 0") && failed.getMessage().contains("division by zero"), failed.getMessage());
            assertEquals(Set.of("c006"), retort.current().await().indefinitely());
            assertEquals(6, count(db, "SELECT COUNT(*) FROM retort_history WHERE direction = 'upgrade'"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM pg_tables WHERE tablename = 't7'"), "the failed revision rolled back");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM pg_tables WHERE tablename = 't6'"));
        }
    }
}
