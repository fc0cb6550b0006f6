package io.retort.it.processes.sqlite;

import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.bench.BenchRevisions;
import io.retort.dialect.sqlite.SqliteDialect;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.testing.ApplicationProcess;
import io.retort.testing.SqliteTestDatabase;
import io.retort.testing.VertxSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The application on its embedded SQLite file killed with SIGKILL at random points of its
 * 300-revision upgrade, 20 times in a row (seeded): the next start reaches head with every revision
 * applied once, the schema the revisions describe, and a file that passes PRAGMA integrity_check.
 */
class KilledSqliteApplicationIT extends VertxSuite {

    private static final int REVISIONS = 300;
    private static final int TRIALS = 20;
    private static final String HEAD = String.format("b%04d", REVISIONS);

    @Test
    void killedStartsLeaveNothingHalfDoneAndTheFileSound() throws Exception {
        try (SqliteTestDatabase db = SqliteTestDatabase.create(vertx)) {
            ApplicationProcess.killMidUpgrade(TRIALS, 20261126L, () -> start(db));
            assertTrue(count(db, "SELECT COUNT(*) FROM retort_history") < REVISIONS, "the kills left work for the last start");

            try (ApplicationProcess application = start(db)) {
                assertTrue(application.awaitStarted(), "the start after " + TRIALS + " kills:\n" + application.output());
                application.stop();
            }

            Retort retort = Retort.of(BenchRevisions.generate(REVISIONS), new SqliteDialect(), db.pool(), RetortOptions.defaults());
            assertEquals(Set.of(HEAD), retort.current().await().indefinitely());
            assertEquals(REVISIONS, count(db, "SELECT COUNT(*) FROM retort_history WHERE direction = 'upgrade'"),
                    "each revision recorded once");
            assertEquals(REVISIONS, count(db, "SELECT COUNT(DISTINCT revision) FROM retort_history WHERE direction = 'upgrade'"));
            SqliteDialect dialect = new SqliteDialect();
            assertSameSchema(dialect.canonical(retort.chain().schemaAt(Set.of(HEAD))),
                    dialect.canonical(retort.introspect().await().indefinitely()), "after " + TRIALS + " kills");
            String integrity = db.pool().query("PRAGMA integrity_check").execute().await().indefinitely().iterator().next()
                    .getString(0);
            assertEquals("ok", integrity);
        }
    }

    private static ApplicationProcess start(SqliteTestDatabase db) throws IOException {
        return ApplicationProcess.start(Path.of(System.getProperty("retort.application")),
                List.of("quarkus.retort.sqlite.path=" + db.file()));
    }
}
