package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Four upgraders, each with its own pool, started at once on one database: every revision applied once. */
class ConcurrentUpgradeTest extends EngineSuite {

    private static final int REVISIONS = 25;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void fourUpgradersApplyEachRevisionOnce(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            List<LoadedRevision> chain = GeneratedChain.linear(REVISIONS);
            List<Uni<MigrationResult>> upgrades = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                upgrades.add(Retort.of(chain, backend.dialect(), db.newPool(), RetortOptions.defaults()).upgrade("head"));
            }

            List<MigrationResult> results = Uni.join().all(upgrades).andFailFast().await().atMost(Duration.ofMinutes(3));

            int applied = results.stream().mapToInt(r -> r.steps().size()).sum();
            assertEquals(REVISIONS, applied, "steps applied across the four upgraders");
            assertEquals(REVISIONS, count(db, "SELECT COUNT(*) FROM retort_history"));
            assertEquals(REVISIONS, count(db, "SELECT COUNT(DISTINCT revision) FROM retort_history"));
            Retort any = Retort.of(chain, backend.dialect(), db.pool(), RetortOptions.defaults());
            assertEquals(Set.of(GeneratedChain.id(REVISIONS)), any.current().await().indefinitely());
        }
    }
}
