package io.retort.engine;

import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.engine.shop.ShopRevisions;
import io.retort.schema.Schema;
import io.retort.testing.TestDatabase;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.retort.testing.Backend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shop chain up one revision at a time to head, down one at a time to base, and up again. After
 * every step the introspected schema equals the replayed one and no table lost a row.
 */
class RoundTripTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void upgradeDowngradeUpgradeKeepsSchemaAndRows(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(ShopRevisions.all(), backend.dialect(), db.pool(), RetortOptions.defaults());
            int revisions = retort.graph().ordered().size();
            assertTrue(revisions >= 15, "the chain has at least 15 revisions");

            walk(retort, db.pool(), "+1", revisions, "first upgrade");
            assertEquals(Set.of("r17"), retort.current().await().indefinitely());
            walk(retort, db.pool(), "-1", revisions, "downgrade");
            assertEquals(Set.of(), retort.current().await().indefinitely());
            MigrationResult again = retort.upgrade("head").await().indefinitely();
            assertEquals(revisions, again.steps().size());
            assertMatches(retort, Set.of("r17"), "second upgrade");

            List<HistoryEntry> history = retort.history().await().indefinitely();
            assertEquals(3 * revisions, history.size(), "one history row per step");
        }
    }

    private void walk(Retort retort, Pool pool, String target, int steps, String phase) {
        for (int i = 0; i < steps; i++) {
            Set<String> before = retort.current().await().indefinitely();
            Map<String, Long> countsBefore = rowCounts(retort, pool);
            MigrationResult result = target.startsWith("+")
                    ? retort.upgrade(target).await().indefinitely()
                    : retort.downgrade(target).await().indefinitely();
            assertEquals(1, result.steps().size(), phase + ": one step from " + before);
            String id = result.steps().get(0).revision();
            assertMatches(retort, result.to(), phase + " through " + id);
            if (!ShopRevisions.DATA_REVISIONS.contains(id)) {
                Map<String, Long> countsAfter = rowCounts(retort, pool);
                countsBefore.forEach((table, count) -> {
                    if (countsAfter.containsKey(table)) {
                        assertEquals(count, countsAfter.get(table), phase + " through " + id + ": rows of " + table);
                    }
                });
            }
        }
    }

    private void assertMatches(Retort retort, Set<String> rows, String context) {
        Schema replayed = retort.chain().dialect().canonical(retort.chain().schemaAt(rows));
        Schema introspected = retort.chain().dialect().canonical(retort.introspect().await().indefinitely());
        assertSameSchema(replayed, introspected, context);
    }

    private Map<String, Long> rowCounts(Retort retort, Pool pool) {
        Map<String, Long> counts = new HashMap<>();
        for (String table : retort.introspect().await().indefinitely().tables().keySet()) {
            long count = ((Number) pool.query("SELECT COUNT(*) FROM " + retort.chain().dialect().quote(table)).execute()
                    .await().indefinitely().iterator().next().getValue(0)).longValue();
            counts.put(table, count);
        }
        return counts;
    }
}
