package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.counting.CountedRevision;
import io.retort.engine.Retort;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The upgrade SQL is rendered at build time: an application applying its revision to an empty
 * database runs that SQL without running the revision's upgrade() at all.
 */
class BuildTimeRenderingTest {

    static final ScratchDatabase DB = ScratchDatabase.postgres("BuildTimeRenderingTest");

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CountedRevision.class);

    @Inject
    Retort retort;

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Test
    void theStartAppliesTheRevisionWithoutRunningIt() {
        assertEquals(Set.of("c0c0c0c0c0c0"), retort.current().await().indefinitely());
        assertEquals(1, DB.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'counted'"));
        assertEquals(0, CountedRevision.UPGRADES_RECORDED.get(), "upgrade() ran while the application started");
    }
}
