package io.retort.it.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.ApplicationProcess;
import io.retort.testing.PostgresTestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invalid settings given to the packaged application: each start fails with a message naming the
 * setting or value, and the database is left exactly as it was (empty).
 */
class BadConfigurationIT extends ProcessSuite {

    record Case(String setting, List<String> words) {
    }

    @Test
    void invalidSettingsFailTheStartNamingThemAndChangeNothing() throws Exception {
        List<Case> cases = List.of(
                new Case("quarkus.retort.lock-timeout=banana", List.of("quarkus.retort.lock-timeout", "banana")),
                new Case("quarkus.retort.on-validation-error=maybe", List.of("quarkus.retort.on-validation-error", "maybe")),
                new Case("quarkus.retort.target=nosuch", List.of("nosuch")),
                new Case("quarkus.retort.version-table=retort_history", List.of("retort_history", "different names")));
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            for (Case bad : cases) {
                try (ApplicationProcess application = start(db, bad.setting())) {
                    assertNotEquals(0, application.awaitExit(), bad.setting() + " started:\n" + application.output());
                    for (String word : bad.words()) {
                        assertTrue(application.output().contains(word),
                                bad.setting() + ": the failure names '" + word + "':\n" + application.output());
                    }
                }
                assertEquals(0, count(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"),
                        bad.setting() + " left tables behind");
            }
        }
    }
}
