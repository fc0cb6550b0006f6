package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One time format for history rows on every database and every surface: PostgreSQL's used to come
 * out with microseconds and an offset ({@code 2026-12-04T23:26:02.123456Z}), SQLite's as its text.
 */
class HistoryTimeFormatTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void appliedAtIsToTheSecondInUtc(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(GeneratedChain.linear(2), backend.dialect(), db.pool(), RetortOptions.defaults());
            retort.upgrade("head").await().indefinitely();

            for (HistoryEntry entry : retort.history().await().indefinitely()) {
                assertTrue(entry.appliedAt().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"), entry.appliedAt());
            }
        }
    }
}
