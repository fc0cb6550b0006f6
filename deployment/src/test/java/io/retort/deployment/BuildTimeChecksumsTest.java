package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.counting.CountedRevision;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.engine.Retort;
import io.retort.engine.RevisionChain;
import io.retort.engine.Revisions;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Checksums are computed at build time: a start on a database already at head checks them without
 * running any revision's upgrade(), and they are the ones the revision renders at run time.
 */
class BuildTimeChecksumsTest {

    static final ScratchDatabase DB = migrated(ScratchDatabase.postgres("BuildTimeChecksumsTest"));

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CountedRevision.class);

    @Inject
    Retort retort;

    @AfterAll
    static void drop() {
        DB.close();
    }

    static ScratchDatabase migrated(ScratchDatabase db) {
        if (db.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'retort_version'") == 0) {
            db.retort(Revisions.fromClasses(CountedRevision.class)).upgrade("head").await().indefinitely();
        }
        return db;
    }

    @Test
    void aStartAtHeadRecordsNoRevisionAndTheChecksumIsTheRenderedOne() {
        assertEquals(Set.of("c0c0c0c0c0c0"), retort.current().await().indefinitely());
        assertEquals(0, CountedRevision.UPGRADES_RECORDED.get(), "upgrade() ran while the application started");

        RevisionChain fresh = RevisionChain.of(Revisions.fromClasses(CountedRevision.class), new PostgresDialect());
        assertEquals(fresh.checksum("c0c0c0c0c0c0"), retort.chain().checksum("c0c0c0c0c0c0"));
        assertEquals(1, CountedRevision.UPGRADES_RECORDED.get(), "only the fresh chain recorded the revision");
    }
}
