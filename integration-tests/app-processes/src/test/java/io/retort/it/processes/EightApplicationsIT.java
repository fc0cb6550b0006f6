package io.retort.it.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.ApplicationProcess;
import io.retort.testing.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Eight instances of the application started at once against one empty database with 300 revisions. */
class EightApplicationsIT extends ProcessSuite {

    @Test
    void allStartAndEachRevisionIsAppliedOnce() throws Exception {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            List<ApplicationProcess> applications = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    applications.add(start(db));
                }
                for (ApplicationProcess application : applications) {
                    assertTrue(application.awaitStarted(), "an instance failed to start:\n" + application.output());
                }
                for (ApplicationProcess application : applications) {
                    application.stop();
                }
            } finally {
                for (ApplicationProcess application : applications) {
                    application.close();
                }
            }
            assertAtHeadEachRevisionOnce(db, "after eight instances started at once");
        }
    }
}
