package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.lint.CreateShelves;
import io.retort.deployment.lint.IndexShelfRooms;
import io.retort.deployment.lint.RenameShelfLabel;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The build lints the revisions: the index on a table an earlier revision created is one warning
 * naming the revision, the rule, its lock and the docs; the index in the creating revision and the
 * rename the revision allows are not.
 */
class LintAtBuildTest {

    static final ScratchDatabase DB = ScratchDatabase.postgres("LintAtBuildTest");

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CreateShelves.class, IndexShelfRooms.class, RenameShelfLabel.class)
            .setLogRecordPredicate(record -> record.getLoggerName().equals("io.retort.lint") && record.getLevel().intValue() >= Level.WARNING.intValue())
            .assertLogRecords(records -> assertEquals(List.of("Revision 5e1f00000002 (index shelf rooms): [add-index] create index"
                    + " ix_shelves_room on shelves: index ix_shelves_room is built while shelves is locked; takes SHARE (blocks writes to the"
                    + " table (INSERT, UPDATE, DELETE)) and reads every row. Safe: CREATE INDEX CONCURRENTLY in a revision of its own with"
                    + " @Revision(transactional = false) (docs/safety.md#add-index)"), records.stream().map(r -> r.getMessage()).toList()));

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Test
    void theApplicationStartsWithTheWarning() {
        // The log assertion above runs after the application stopped.
    }
}
