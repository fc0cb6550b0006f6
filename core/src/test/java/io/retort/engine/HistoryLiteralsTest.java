package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A revision message with what looks like placeholders and quotes is written into the offline
 * script and the history exactly as given, whichever way the rows are written.
 */
class HistoryLiteralsTest extends EngineSuite {

    private static final String MESSAGE = "price $1 -> $2, it's ? done; DROP TABLE retort_history; -- C:\\new";

    @ParameterizedTest
    @EnumSource(Backend.class)
    void messagesAreWrittenAsGiven(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            List<LoadedRevision> revisions = List.of(
                    GeneratedChain.revision("m1", null, MESSAGE, op -> op.execute("SELECT 1"), op -> op.execute("SELECT 1")),
                    GeneratedChain.revision("m2", "m1", MESSAGE, op -> op.execute("SELECT 2"), op -> op.execute("SELECT 2")));
            Retort retort = Retort.of(revisions, backend.dialect(), db.pool(), RetortOptions.defaults());

            String script = retort.upgradeSql(Set.of(), "head");
            // PostgreSQL writes a value with a backslash as an E'' string, read the same whatever standard_conforming_strings says.
            // MariaDB writes it as its UTF-8 bytes in hex, read the same whatever sql_mode says of backslashes.
            String literal = switch (backend) {
                case POSTGRESQL, POSTGRESQL_PGBOUNCER -> "E'price $1 -> $2, it''s ? done; DROP TABLE retort_history; -- C:\\\\new'";
                case MARIADB -> "_utf8mb4 X'" + HexFormat.of().withUpperCase().formatHex(MESSAGE.getBytes(StandardCharsets.UTF_8)) + "'";
                default -> "'price $1 -> $2, it''s ? done; DROP TABLE retort_history; -- C:\\new'";
            };
            assertTrue(script.contains(literal), script);

            retort.upgrade("head").await().indefinitely();
            List<HistoryEntry> history = retort.history().await().indefinitely();
            assertEquals(2, history.size());
            history.forEach(entry -> assertEquals(MESSAGE, entry.message()));
        }
    }
}
