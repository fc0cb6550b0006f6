package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.app.AddUserNickname;
import io.retort.deployment.app.CreateUsers;
import io.retort.engine.Revisions;
import io.retort.engine.Retort;
import io.retort.schema.Schema;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A database already at head: the start applies nothing and writes nothing, and it knows so from the
 * digest the build computed, without building the chain (a start that stays flat with the history).
 */
class AlreadyAtHeadTest {

    static final ScratchDatabase DB = atHead(ScratchDatabase.postgres("AlreadyAtHeadTest"));
    static final Schema BEFORE = DB.retort(Revisions.fromClasses(CreateUsers.class, AddUserNickname.class)).introspect()
            .await().indefinitely();

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CreateUsers.class, AddUserNickname.class)
            .overrideConfigKey("quarkus.log.category.\"io.retort\".level", "DEBUG")
            .setLogRecordPredicate(record -> "io.retort".equals(record.getLoggerName()))
            .assertLogRecords(records -> assertTrue(records.stream().anyMatch(record -> record.getMessage().contains("verified by the digest")),
                    "the start at head was decided by the build's digest: " + records.stream().map(r -> r.getMessage()).toList()));

    @Inject
    Retort retort;

    @AfterAll
    static void drop() {
        DB.close();
    }

    private static ScratchDatabase atHead(ScratchDatabase db) {
        if (db.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'retort_version'") == 0) {
            db.retort(Revisions.fromClasses(CreateUsers.class, AddUserNickname.class)).upgrade("head").await().indefinitely();
        }
        return db;
    }

    @Test
    void nothingIsAppliedOrRecorded() {
        assertEquals(Set.of("b2c3d4e5f6a1"), retort.current().await().indefinitely());
        assertEquals(2, DB.count("SELECT COUNT(*) FROM retort_history"));
        assertEquals(BEFORE, retort.introspect().await().indefinitely());
    }
}
