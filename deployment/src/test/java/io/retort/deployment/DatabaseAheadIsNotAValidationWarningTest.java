package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.app.CreateUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code on-validation-error=warn}, set to tolerate an edited revision, used to let an application
 * start on a database ahead of its code as well. That case has its own setting now
 * ({@code on-database-ahead}), and the start still refuses.
 */
class DatabaseAheadIsNotAValidationWarningTest {

    static final ScratchDatabase DB = DatabaseAheadRefusesToStartTest.ahead(
            ScratchDatabase.postgres("DatabaseAheadIsNotAValidationWarningTest"));

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CreateUsers.class)
            .overrideConfigKey("quarkus.retort.on-validation-error", "warn")
            .assertException(TestApps.failsWith("DatabaseAheadException", "b2c3d4e5f6a1", "does not know"));

    @AfterAll
    static void dropAndCheck() {
        try {
            assertEquals(2, DB.count("SELECT COUNT(*) FROM retort_history"), "no history row added");
        } finally {
            DB.close();
        }
    }

    @Test
    void theStartStillFails() {
        // The assertions are in assertException and dropAndCheck.
    }
}
