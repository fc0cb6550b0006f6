package io.retort.deployment;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.lint.CreateShelves;
import io.retort.deployment.lint.IndexShelfRooms;
import io.retort.engine.Retort;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A revision at or below quarkus.retort.lint.deployed ran everywhere long ago: not linted, even with lint.fail. */
class LintDeployedRevisionsTest {

    static final ScratchDatabase DB = ScratchDatabase.postgres("LintDeployedRevisionsTest");

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CreateShelves.class, IndexShelfRooms.class)
            .overrideConfigKey("quarkus.retort.lint.fail", "true")
            .overrideConfigKey("quarkus.retort.lint.deployed", "5e1f00000002");

    @Inject
    Retort retort;

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Test
    void theBuildPassesAndTheApplicationMigrates() {
        Assertions.assertEquals(Set.of("5e1f00000002"), retort.current().await().indefinitely());
    }
}
