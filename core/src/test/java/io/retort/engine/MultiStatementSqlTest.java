package io.retort.engine;

import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every statement of a raw SQL string runs, on every database: sqlite-jdbc prepares only the first
 * statement of a string, and the revision used to be recorded as applied with the rest silently
 * skipped. Semicolons inside quotes, comments and trigger bodies do not end a statement.
 */
class MultiStatementSqlTest extends EngineSuite {

    private static final String SQLITE_TRIGGER = "CREATE TRIGGER notes_audit AFTER INSERT ON notes BEGIN"
            + " INSERT INTO audit (what) VALUES ('note; added');"
            + " UPDATE audit SET what = CASE WHEN what = 'x' THEN 'y' ELSE what END;"
            + " END";

    private static final String POSTGRES_TRIGGER = "CREATE FUNCTION notes_audit() RETURNS trigger AS $$ BEGIN"
            + " INSERT INTO audit (what) VALUES ('note; added'); RETURN NEW; END; $$ LANGUAGE plpgsql;"
            + " CREATE TRIGGER notes_audit AFTER INSERT ON notes FOR EACH ROW EXECUTE FUNCTION notes_audit()";

    /** A compound body with its own semicolons, nested BEGIN ... END and IF ... END IF; MariaDB needs no DELIMITER here. */
    private static final String MARIADB_TRIGGER = "CREATE TRIGGER notes_audit AFTER INSERT ON notes FOR EACH ROW BEGIN"
            + " IF NEW.id > 0 THEN BEGIN INSERT INTO audit (what) VALUES ('note; added'); END; END IF;"
            + " UPDATE audit SET what = CASE WHEN what = 'x' THEN 'y' ELSE what END;"
            + " END";

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyStatementRuns(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            LoadedRevision revision = GeneratedChain.revision("m001", null, "data in one string", op -> {
                op.createTable("notes", t -> t.column("id", integer()).column("body", text()));
                op.createTable("audit", t -> t.column("what", text()));
                op.execute("INSERT INTO notes VALUES (1, 'a; b'); -- one; two\n"
                        + "INSERT INTO notes VALUES (2, 'it''s; fine'); /* three; */ INSERT INTO notes VALUES (3, 'c');");
                op.execute(switch (backend) {
                    case SQLITE -> SQLITE_TRIGGER;
                    case MARIADB -> MARIADB_TRIGGER;
                    default -> POSTGRES_TRIGGER;
                });
                op.execute("INSERT INTO notes VALUES (4, 'd'); INSERT INTO notes VALUES (5, 'e')");
            }, op -> op.dropTable("notes"));
            Retort retort = Retort.of(List.of(revision), backend.dialect(), db.pool(), RetortOptions.defaults());
            retort.upgrade("head").await().indefinitely();

            assertEquals(5, count(db, "SELECT COUNT(*) FROM notes"), "every INSERT of each string ran");
            assertEquals(2, count(db, "SELECT COUNT(*) FROM audit"), "the trigger was created whole and fired for the last two rows");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM notes WHERE body = 'it''s; fine'"));

            String script = Retort.of(List.of(revision), backend.dialect(), null, RetortOptions.defaults()).upgradeSql(Set.of(), "head");
            assertTrue(script.contains("INSERT INTO notes VALUES (4, 'd')") && script.contains("INSERT INTO notes VALUES (5, 'e')"), script);
            assertTrue(script.contains("'note; added'"), script);
        }
    }
}
