package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.app.CreateUsers;
import io.retort.deployment.app.EditedNickname;
import io.retort.engine.Retort;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With on-validation-error=warn, an edited revision is logged and the application starts. */
class ChangedChecksumWarnsTest {

    static final ScratchDatabase DB = ChangedChecksumFailsStartTest.migrated(ScratchDatabase.postgres("ChangedChecksumWarnsTest"));

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CreateUsers.class, EditedNickname.class, ChangedChecksumFailsStartTest.class)
            .overrideConfigKey("quarkus.retort.on-validation-error", "warn")
            .setLogRecordPredicate(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
            .assertLogRecords(records -> assertTrue(records.stream()
                    .anyMatch(r -> r.getMessage().contains("b2c3d4e5f6a1 changed after it was applied")), "a warning names the revision"));

    @Inject
    Retort retort;

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Test
    void theApplicationStarts() {
        assertEquals(Set.of("b2c3d4e5f6a1"), retort.current().await().indefinitely());
    }
}
