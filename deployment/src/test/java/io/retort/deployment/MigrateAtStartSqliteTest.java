package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.app.AddUserNickname;
import io.retort.deployment.app.CreateUsers;
import io.retort.engine.Retort;
import io.retort.runtime.RetortDataSource;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The embedded SQLite file is created and upgraded to head at start, and its pool is a bean. */
class MigrateAtStartSqliteTest {

    static final ScratchDatabase DB = ScratchDatabase.sqlite("MigrateAtStartSqliteTest");

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.sqlite(DB, CreateUsers.class, AddUserNickname.class);

    @Inject
    Retort retort;

    // This test module also has the PostgreSQL client, so the SQLite pool carries Retort's qualifier.
    @Inject
    @RetortDataSource("<default>")
    Pool pool;

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Test
    void theFileIsAtHeadWhenTheApplicationStarts() {
        assertEquals(Set.of("b2c3d4e5f6a1"), retort.current().await().indefinitely());
        assertEquals(1, DB.count("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_users_nickname'"));
        pool.query("INSERT INTO users (id, email, name) VALUES ('01J00000000000000000000001', 'a@example.com', 'A')")
                .execute().await().indefinitely();
        assertEquals(1, DB.count("SELECT COUNT(*) FROM users"));
    }
}
