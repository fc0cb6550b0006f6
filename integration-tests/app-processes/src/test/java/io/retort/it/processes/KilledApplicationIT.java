package io.retort.it.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.ApplicationProcess;
import io.retort.testing.PostgresTestDatabase;
import java.util.Random;
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
        Random random = new Random(20261125L);
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            for (int trial = 1; trial <= TRIALS; trial++) {
                int k = 1 + random.nextInt(12);
                try (ApplicationProcess application = start(db)) {
                    // Kill right after the k-th revision the application reports, so the next one is in flight.
                    int[] applied = {0};
                    boolean reached = application.awaitLine(line -> line.contains("Applied b") && ++applied[0] == k);
                    assertTrue(reached, "trial " + trial + ": the application reported " + k + " revisions before the kill:\n"
                            + application.output());
                    application.kill();
                    assertFalse(application.output().contains(" started in "), "trial " + trial + " was killed before it started");
                }
            }
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
