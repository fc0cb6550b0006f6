package io.retort.deployment.broken;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A revision graph with a duplicate id fails the build, naming the revisions. */
class DuplicateIdFailsBuildTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(io.retort.deployment.app.CreateUsers.class, io.retort.deployment.app.AddUserNickname.class, io.retort.deployment.app.EditedNickname.class))
            .overrideConfigKey("quarkus.devservices.enabled", "false")
            .overrideConfigKey("quarkus.retort.database", "sqlite")
            .assertException(BuildFailures.saying("b2c3d4e5f6a1", "AddUserNickname", "EditedNickname"));

    @Test
    void theBuildFails() {
        // Asserted in assertException.
    }
}
