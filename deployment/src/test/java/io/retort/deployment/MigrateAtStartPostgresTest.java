package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.app.AddUserNickname;
import io.retort.deployment.app.CreateUsers;
import io.retort.engine.Retort;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The application's reactive PostgreSQL pool is upgraded to head before the application starts. */
class MigrateAtStartPostgresTest {

    static final ScratchDatabase DB = ScratchDatabase.postgres("MigrateAtStartPostgresTest");

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CreateUsers.class, AddUserNickname.class);

    @Inject
    Retort retort;

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Test
    void theDatabaseIsAtHeadWhenTheApplicationStarts() {
        assertEquals(Set.of("b2c3d4e5f6a1"), retort.current().await().indefinitely());
        assertEquals(2, DB.count("SELECT COUNT(DISTINCT revision) FROM retort_history WHERE direction = 'upgrade'"));
        assertEquals(0, DB.count("SELECT COUNT(*) FROM users"));
        assertEquals(1, DB.count("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'ix_users_nickname'"));
    }

    @Test
    void theBeanRunsCommands() {
        assertEquals(Set.of("b2c3d4e5f6a1"), retort.heads().await().indefinitely());
        assertEquals(1, retort.downgrade("-1").await().indefinitely().steps().size());
        assertEquals(Set.of("a1b2c3d4e5f6"), retort.current().await().indefinitely());
        assertEquals(1, retort.upgrade("head").await().indefinitely().steps().size());
    }
}
