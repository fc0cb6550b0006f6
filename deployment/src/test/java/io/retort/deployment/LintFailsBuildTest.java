package io.retort.deployment;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.lint.CreateShelves;
import io.retort.deployment.lint.IndexShelfRooms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With quarkus.retort.lint.fail=true a standing finding fails the build, naming it; the deployed setting spares old revisions. */
class LintFailsBuildTest {

    static final ScratchDatabase DB = ScratchDatabase.postgres("LintFailsBuildTest");

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CreateShelves.class, IndexShelfRooms.class)
            .overrideConfigKey("quarkus.retort.lint.fail", "true")
            .assertException(TestApps.failsWith("1 lint finding stands and quarkus.retort.lint.fail=true",
                    "Revision 5e1f00000002 (index shelf rooms): [add-index]"));

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Test
    void neverRuns() {
    }
}
