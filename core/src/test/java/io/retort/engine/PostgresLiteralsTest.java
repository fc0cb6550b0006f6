package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.testing.Backend;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Retort's bookkeeping statements whatever the server's settings and the names of its tables. */
class PostgresLiteralsTest extends EngineSuite {

    private static final String MESSAGE = "x\\'); DROP TABLE victim; --";

    /**
     * With {@code standard_conforming_strings = off} a backslash escapes a quote inside '...': the
     * message literal ended early and the rest ran as SQL, dropping a table.
     */
    @Test
    void aMessageStaysAMessageWithoutStandardConformingStrings() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            db.pool().query("ALTER DATABASE " + db.name() + " SET standard_conforming_strings = off; CREATE TABLE victim (x int)")
                    .execute().await().indefinitely();
            Pool pool = db.newPool();
            Retort retort = Retort.of(List.of(GeneratedChain.revision("l001", null, MESSAGE, op -> op.execute("SELECT 1"),
                    op -> op.execute("SELECT 1"))), Backend.POSTGRESQL.dialect(), pool, RetortOptions.defaults());

            retort.upgrade("head").await().indefinitely();

            assertEquals(1, count(db, "SELECT COUNT(*) FROM pg_tables WHERE tablename = 'victim'"), "the table is still there");
            assertEquals(MESSAGE, retort.history().await().indefinitely().get(0).message());
        }
    }

    /** A ? or $1 inside a quoted table name used to be taken for a parameter: every upgrade failed. */
    @Test
    void tableNamesWithPlaceholderCharacters() {
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            RetortOptions options = RetortOptions.defaults().withTables("v?x$1", "h?x$2");
            Retort retort = Retort.of(GeneratedChain.linear(2), Backend.POSTGRESQL.dialect(), db.pool(), options);

            retort.upgrade("head").await().indefinitely();

            assertEquals(Set.of("g002"), retort.current().await().indefinitely());
            assertEquals(2, count(db, "SELECT COUNT(*) FROM \"h?x$2\""));
        }
    }
}
