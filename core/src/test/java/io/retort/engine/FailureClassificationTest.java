package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A statement the database refuses is a failed revision, whatever words its message holds. A
 * missing column {@code reset_at} on a table {@code connection_events} used to be reported as a lost
 * connection ("run again"), because the message said "connection" and "reset".
 */
class FailureClassificationTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRefusedStatementIsNotALostConnection(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            List<LoadedRevision> chain = List.of(
                    GeneratedChain.revision("c001", null, "events", op -> op.execute("CREATE TABLE connection_events (id int)"),
                            op -> op.execute("DROP TABLE connection_events")),
                    GeneratedChain.revision("c002", "c001", "reset", op -> op.execute("UPDATE connection_events SET reset_at = 1"),
                            op -> op.execute("SELECT 1")));
            Retort retort = Retort.of(chain, backend.dialect(), db.pool(), RetortOptions.defaults());

            MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head").await().indefinitely());

            assertEquals("c002", failure.revision());
            assertTrue(failure.getMessage().contains("failed to upgrade"), failure.getMessage());
            assertFalse(failure.getMessage().contains("connection to the database was lost"), failure.getMessage());
        }
    }
}
