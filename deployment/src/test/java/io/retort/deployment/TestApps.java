package io.retort.deployment;

import io.quarkus.test.QuarkusUnitTest;

/** The configuration every extension test starts from: no Dev Services, a scratch database, the given classes. */
final class TestApps {

    private TestApps() {
    }

    static QuarkusUnitTest postgres(ScratchDatabase db, Class<?>... classes) {
        return app(classes)
                .overrideConfigKey("quarkus.datasource.db-kind", "postgresql")
                .overrideConfigKey("quarkus.datasource.reactive.url", db.url());
    }

    static QuarkusUnitTest sqlite(ScratchDatabase db, Class<?>... classes) {
        return app(classes)
                .overrideConfigKey("quarkus.retort.database", "sqlite")
                .overrideConfigKey("quarkus.retort.sqlite.path", db.url());
    }

    /** Asserts that a failure (anywhere in its cause chain) says all the given words. */
    static java.util.function.Consumer<Throwable> failsWith(String... words) {
        return failure -> {
            StringBuilder messages = new StringBuilder();
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                messages.append(cause).append('\n');
            }
            for (String word : words) {
                org.junit.jupiter.api.Assertions.assertTrue(messages.toString().contains(word),
                        "the failure says '" + word + "':\n" + messages);
            }
        };
    }

    private static QuarkusUnitTest app(Class<?>... classes) {
        return new QuarkusUnitTest()
                .withApplicationRoot(jar -> jar.addClasses(ScratchDatabase.class, TestApps.class).addClasses(classes))
                .overrideConfigKey("quarkus.devservices.enabled", "false");
    }
}
