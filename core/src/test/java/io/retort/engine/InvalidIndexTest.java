package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.Ops;
import io.retort.testing.Backend;
import io.retort.testing.PostgresTestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A CREATE INDEX CONCURRENTLY that fails (or whose process dies) leaves an INVALID index behind.
 * The next start used to fail with "relation ... already exists" and no guidance; it now names the
 * INVALID index and the statement that clears it, and changes nothing.
 */
class InvalidIndexTest extends EngineSuite {

    @Test
    void anInvalidIndexFromAnEarlierAttemptIsNamedWithItsFix() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            List<LoadedRevision> chain = List.of(
                    GeneratedChain.revision("i001", null, "codes", op -> {
                        op.execute("CREATE TABLE codes (id int PRIMARY KEY, code text)");
                        op.execute("INSERT INTO codes VALUES (1, 'a'), (2, 'a')");
                    }, op -> op.execute("DROP TABLE codes")),
                    GeneratedChain.revision("i002", "i001", "unique codes",
                            op -> op.executeOn(Ops.POSTGRESQL, "CREATE UNIQUE INDEX CONCURRENTLY ux_codes_code ON codes (code)"),
                            op -> op.executeOn(Ops.POSTGRESQL, "DROP INDEX CONCURRENTLY ux_codes_code"), false));
            Retort retort = Retort.of(chain, Backend.POSTGRESQL.dialect(), db.pool(), RetortOptions.defaults());
            MigrationFailedException first = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head").await().indefinitely());
            assertTrue(first.getMessage().contains("INVALID"), first.getMessage());
            db.pool().query("UPDATE codes SET code = 'b' WHERE id = 2").execute().await().indefinitely(); // the data fixed

            MigrationFailedException second = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head").await().indefinitely());

            assertEquals("i002", second.revision());
            assertTrue(second.getMessage().contains("ux_codes_code") && second.getMessage().contains("INVALID")
                    && second.getMessage().contains("DROP INDEX CONCURRENTLY \"public\".\"ux_codes_code\""), second.getMessage());
            assertEquals(Set.of("i001"), retort.current().await().indefinitely());

            db.pool().query("DROP INDEX CONCURRENTLY \"public\".\"ux_codes_code\"").execute().await().indefinitely();
            retort.upgrade("head").await().indefinitely();
            assertEquals(Set.of("i002"), retort.current().await().indefinitely());
        }
    }
}
