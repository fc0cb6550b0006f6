package io.retort.deployment.broken;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A revision graph with a cycle fails the build, naming the revisions. */
class CycleFailsBuildTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CycleA.class, CycleB.class))
            .overrideConfigKey("quarkus.devservices.enabled", "false")
            .overrideConfigKey("quarkus.retort.database", "sqlite")
            .assertException(BuildFailures.saying("cycle", "cyclea", "cycleb"));

    @Test
    void theBuildFails() {
        // Asserted in assertException.
    }
}
