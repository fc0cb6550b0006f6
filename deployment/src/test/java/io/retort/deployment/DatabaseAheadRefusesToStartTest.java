package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.app.AddUserNickname;
import io.retort.deployment.app.CreateUsers;
import io.retort.engine.Revisions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A database migrated by newer code: the application refuses to start and changes nothing. */
class DatabaseAheadRefusesToStartTest {

    static final ScratchDatabase DB = ahead(ScratchDatabase.postgres("DatabaseAheadRefusesToStartTest"));

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CreateUsers.class)
            .assertException(TestApps.failsWith("DatabaseAheadException", "b2c3d4e5f6a1", "does not know", "Nothing was changed"));

    @AfterAll
    static void dropAndCheck() {
        try {
            assertEquals(2, DB.count("SELECT COUNT(*) FROM retort_history"), "no history row added");
            assertEquals(1, DB.count("SELECT COUNT(*) FROM retort_version WHERE version_num = 'b2c3d4e5f6a1'"));
        } finally {
            DB.close();
        }
    }

    /** The database migrated by newer code: at a revision ({@code AddUserNickname}) the application under test lacks. */
    static ScratchDatabase ahead(ScratchDatabase db) {
        if (db.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'retort_version'") == 0) {
            db.retort(Revisions.fromClasses(CreateUsers.class, AddUserNickname.class)).upgrade("head").await().indefinitely();
        }
        return db;
    }

    @Test
    void theStartFails() {
        // The assertions are in assertException and dropAndCheck.
    }
}
