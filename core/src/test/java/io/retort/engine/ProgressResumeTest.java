package io.retort.engine;

import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * MariaDB commits DDL as it runs, so a revision is recorded statement by statement. These are the
 * states a killed process leaves, made by hand: the statement it was running took effect (or not)
 * but its done mark was never written. A statement with a safe second form runs again; one without
 * stops the upgrade naming it and the command that moves on; a statement that ran and was since
 * edited is refused.
 */
class ProgressResumeTest extends EngineSuite {

    private static final Backend MARIADB = Backend.MARIADB;

    /** p001 makes t1; p002 adds a table, a column, then a view by raw SQL (no safe second form), and fills the table. */
    private static List<LoadedRevision> chain() {
        return List.of(
                GeneratedChain.revision("p001", null, "t1", op -> op.createTable("t1", t -> t.column("id", integer()).column("a", text())),
                        op -> op.dropTable("t1")),
                GeneratedChain.revision("p002", "p001", "three kinds", op -> {
                    op.createTable("t2", t -> t.column("id", integer()));
                    op.addColumn("t1", "b", text());
                    op.execute("CREATE VIEW v1 AS SELECT id FROM t1");
                    op.execute("INSERT INTO t2 (id) VALUES (1)");
                }, op -> {
                    op.execute("DELETE FROM t2");
                    op.execute("DROP VIEW v1");
                    op.dropColumn("t1", "b");
                    op.dropTable("t2");
                }));
    }

    @Test
    void aStatementWithASafeSecondFormRunsAgain() {
        try (TestDatabase db = MARIADB.open(vertx)) {
            Retort retort = Retort.of(chain(), MARIADB.dialect(), db.pool(), RetortOptions.defaults());
            retort.upgrade("p001").await().indefinitely();
            List<String> statements = retort.chain().renderAt(retort.graph().upgradePlan(Set.of("p001"), "p002").steps().get(0),
                    Set.of("p001")).statements();
            // The process died after CREATE TABLE t2 committed and before its done mark: started, in effect.
            run(db, statements.get(0));
            run(db, "INSERT INTO retort_progress VALUES ('p002', 'upgrade', 0, " + literal(statements.get(0)) + ", 'started')");

            retort.upgrade("head").await().indefinitely();

            assertEquals(Set.of("p002"), retort.current().await().indefinitely());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM t2"), "each statement ran once");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM retort_progress"), "the progress is forgotten once recorded");
            assertSameSchema(MARIADB.dialect().canonical(retort.chain().schemaAt(Set.of("p002"))),
                    MARIADB.dialect().canonical(retort.introspect().await().indefinitely()), "after the resume");
        }
    }

    @Test
    void aStatementInDoubtStopsTheUpgradeUntilTheUserSaysWhetherItRan() {
        try (TestDatabase db = MARIADB.open(vertx)) {
            Retort retort = Retort.of(chain(), MARIADB.dialect(), db.pool(), RetortOptions.defaults());
            retort.upgrade("p001").await().indefinitely();
            List<String> statements = retort.chain().renderAt(retort.graph().upgradePlan(Set.of("p001"), "p002").steps().get(0),
                    Set.of("p001")).statements();
            for (int i = 0; i < 2; i++) {
                run(db, statements.get(i));
                run(db, "INSERT INTO retort_progress VALUES ('p002', 'upgrade', " + i + ", " + literal(statements.get(i)) + ", 'done')");
            }
            // The raw CREATE VIEW was running when the process died, and it did take effect.
            run(db, "CREATE VIEW v1 AS SELECT id FROM t1");
            run(db, "INSERT INTO retort_progress VALUES ('p002', 'upgrade', 2, " + literal(statements.get(2)) + ", 'started')");

            MigrationFailedException stopped = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head").await().indefinitely());
            assertTrue(stopped.getMessage().contains("statements 1-2 of 4 took effect, and statement 3 was running"), stopped.getMessage());
            assertTrue(stopped.getMessage().contains("CREATE VIEW v1 AS SELECT id FROM t1"), stopped.getMessage());
            assertTrue(stopped.getMessage().contains("mvn retort:resume -Dretort.ran=true"), stopped.getMessage());
            assertEquals(Set.of("p001"), retort.current().await().indefinitely());
            assertEquals(0, count(db, "SELECT COUNT(*) FROM t2"), "nothing after the statement in doubt ran");

            String settled = retort.resolveProgress(true).await().indefinitely();
            assertTrue(settled.contains("statement 3 of revision p002"), settled);
            retort.upgrade("head").await().indefinitely();

            assertEquals(Set.of("p002"), retort.current().await().indefinitely());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM t2"));
            assertSameSchema(MARIADB.dialect().canonical(retort.chain().schemaAt(Set.of("p002"))),
                    MARIADB.dialect().canonical(retort.introspect().await().indefinitely()), "after the resume");
        }
    }

    @Test
    void aStatementThatRanCannotBeEditedBeforeTheRevisionFinishes() {
        try (TestDatabase db = MARIADB.open(vertx)) {
            Retort retort = Retort.of(chain(), MARIADB.dialect(), db.pool(), RetortOptions.defaults());
            retort.upgrade("p001").await().indefinitely();
            run(db, "CREATE TABLE t2 (id INT)");
            run(db, "INSERT INTO retort_progress VALUES ('p002', 'upgrade', 0, 'CREATE TABLE t2 (id INT)', 'done')");

            MigrationFailedException refused = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head").await().indefinitely());

            assertTrue(refused.getMessage().contains("statement 1 reads differently now"), refused.getMessage());
            assertTrue(refused.getMessage().contains("ran: CREATE TABLE t2 (id INT)"), refused.getMessage());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM retort_progress"), "the progress stays as it was");
        }
    }

    private static void run(TestDatabase db, String sql) {
        db.pool().query(sql).execute().await().indefinitely();
    }

    private static String literal(String value) {
        return new io.retort.dialect.mariadb.MariaDbDialect().literal(value);
    }
}
