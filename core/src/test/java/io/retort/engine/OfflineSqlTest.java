package io.retort.engine;

import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.engine.shop.ShopRevisions;
import io.retort.revision.MigrationPlan;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Offline SQL is what the executed path runs, and running the script itself gives the same schema. */
class OfflineSqlTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void offlineStatementsEqualExecutedStatements(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(ShopRevisions.all(), backend.dialect(), db.pool(), RetortOptions.defaults());

            MigrationPlan up = retort.graph().upgradePlan(Set.of(), "head");
            List<List<String>> offlineUp = retort.render(up).stream().map(RenderedStep::statements).toList();
            MigrationResult executedUp = retort.upgrade("head").await().indefinitely();
            assertEquals(offlineUp, executedUp.steps().stream().map(AppliedStep::statements).toList());

            MigrationPlan down = retort.graph().downgradePlan(Set.of("r17"), "base");
            List<List<String>> offlineDown = retort.render(down).stream().map(RenderedStep::statements).toList();
            MigrationResult executedDown = retort.downgrade("base").await().indefinitely();
            assertEquals(offlineDown, executedDown.steps().stream().map(AppliedStep::statements).toList());

            String script = retort.upgradeSql(Set.of(), "head");
            int at = 0;
            for (List<String> step : offlineUp) {
                for (String statement : step) {
                    int found = script.indexOf(statement + ";", at);
                    assertTrue(found >= at, "the script has, in order: " + statement);
                    at = found;
                }
            }
        }
    }

    /** A carriage return in a message used to end the {@code --} comment, leaving the rest of the message as SQL. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aLineBreakInAMessageStaysInsideItsComment(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            LoadedRevision odd = GeneratedChain.revision("m001", null, "first line\rDROP TABLE victims;\u2028and more",
                    op -> op.execute("SELECT 1"), op -> op.execute("SELECT 1"));
            Retort retort = Retort.of(List.of(odd), backend.dialect(), db.pool(), RetortOptions.defaults());

            String script = retort.upgradeSql(Set.of(), "head");

            assertTrue(script.contains("-- Upgrade to m001: first line DROP TABLE victims; and more\n"), script);
            // (The history row's literal keeps the message as written: a line break inside quotes is data.)
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void runningTheScriptGivesTheReplayedSchemaAndVersion(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(ShopRevisions.all(), backend.dialect(), db.pool(), RetortOptions.defaults());
            String script = retort.upgradeSql(Set.of(), "head");

            List<String> statements = new ArrayList<>();
            for (String statement : script.split(";\n")) {
                String sql = statement.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!sql.isEmpty()) {
                    statements.add(sql);
                }
            }
            // One connection, as psql or sqlite3 would run the file.
            db.pool().withConnection(connection -> Sql.runAll(connection, statements)).await().indefinitely();

            assertEquals(Set.of("r17"), retort.current().await().indefinitely());
            assertEquals(17, retort.history().await().indefinitely().size());
            assertSameSchema(backend.dialect().canonical(retort.chain().schemaAt(Set.of("r17"))),
                    backend.dialect().canonical(retort.introspect().await().indefinitely()), "after the offline script");
        }
    }
}
