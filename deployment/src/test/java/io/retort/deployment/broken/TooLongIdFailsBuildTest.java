package io.retort.deployment.broken;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A revision id longer than the strictest database's version column fails the build, on SQLite too
 * (which would have recorded it), naming the id and its class.
 */
class TooLongIdFailsBuildTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(TooLongId.class))
            .overrideConfigKey("quarkus.devservices.enabled", "false")
            .overrideConfigKey("quarkus.retort.database", "sqlite")
            .assertException(BuildFailures.saying("add_the_customer_loyalty_points_and_the_referral_codes_for_spring_2027",
                    "TooLongId", "at most 64"));

    @Test
    void theBuildFails() {
        // Asserted in assertException.
    }
}
