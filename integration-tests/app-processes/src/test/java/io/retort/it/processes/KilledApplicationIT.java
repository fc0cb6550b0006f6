package io.retort.it.processes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.ApplicationProcess;
import io.retort.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The application killed with SIGKILL at random points of its 300-revision upgrade, 20 times in a
 * row on one database (seeded, so a failure reproduces): the next start reaches head with every
 * revision applied once and the schema the revisions describe.
 */
class KilledApplicationIT extends ProcessSuite {

    private static final int TRIALS = 20;

    @Test
    void killedStartsLeaveNothingHalfDone() throws Exception {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            // Five revisions per request: each kill lands in the middle of a request, and twenty leave work for the last start.
            ApplicationProcess.killMidUpgrade(TRIALS, 20261125L, () -> start(db, "quarkus.retort.revisions-per-request=5"));
            long appliedBeforeLastStart = count(db, "SELECT COUNT(*) FROM retort_history");
            assertTrue(appliedBeforeLastStart < REVISIONS, "the kills left work for the last start");

            try (ApplicationProcess application = start(db)) {
                assertTrue(application.awaitStarted(), "the start after " + TRIALS + " kills:\n" + application.output());
                application.stop();
            }
            assertAtHeadEachRevisionOnce(db, "after " + TRIALS + " kills");
        }
    }
}
