package io.retort.deployment.broken;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A revision graph with a class that is not a Migration fails the build, naming the revisions. */
class NotAMigrationFailsBuildTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(NotAMigration.class))
            .overrideConfigKey("quarkus.devservices.enabled", "false")
            .overrideConfigKey("quarkus.retort.database", "sqlite")
            .assertException(BuildFailures.saying("notamigration", "does not implement io.retort.migration.Migration"));

    @Test
    void theBuildFails() {
        // Asserted in assertException.
    }
}
