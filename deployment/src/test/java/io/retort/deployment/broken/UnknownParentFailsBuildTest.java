package io.retort.deployment.broken;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A revision graph with an unknown parent fails the build, naming the revisions. */
class UnknownParentFailsBuildTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Orphan.class))
            .overrideConfigKey("quarkus.devservices.enabled", "false")
            .overrideConfigKey("quarkus.retort.database", "sqlite")
            .assertException(BuildFailures.saying("orphan1", "nosuchparent"));

    @Test
    void theBuildFails() {
        // Asserted in assertException.
    }
}
