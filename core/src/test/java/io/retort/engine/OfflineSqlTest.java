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
