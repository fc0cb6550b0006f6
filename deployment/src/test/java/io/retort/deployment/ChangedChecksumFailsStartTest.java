package io.retort.deployment;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.app.AddUserNickname;
import io.retort.deployment.app.CreateUsers;
import io.retort.deployment.app.EditedNickname;
import io.retort.engine.Revisions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A revision edited after it was applied is reported and stops the start (the default, fail). */
class ChangedChecksumFailsStartTest {

    static final ScratchDatabase DB = migrated(ScratchDatabase.postgres("ChangedChecksumFailsStartTest"));

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CreateUsers.class, EditedNickname.class)
            .assertException(TestApps.failsWith("Revision b2c3d4e5f6a1 changed after it was applied", "retort_history"));

    @AfterAll
    static void drop() {
        DB.close();
    }

    static ScratchDatabase migrated(ScratchDatabase db) {
        if (db.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'retort_version'") == 0) {
            db.retort(Revisions.fromClasses(CreateUsers.class, AddUserNickname.class)).upgrade("head").await().indefinitely();
        }
        return db;
    }

    @Test
    void theStartFails() {
        // Asserted in assertException.
    }
}
