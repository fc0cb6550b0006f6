package io.retort.deployment.broken;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

/** Checks the words of a build failure anywhere in its cause chain. */
final class BuildFailures {

    private BuildFailures() {
    }

    static Consumer<Throwable> saying(String... words) {
        return failure -> {
            StringBuilder messages = new StringBuilder();
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                messages.append(cause.getMessage()).append('\n');
            }
            for (String word : words) {
                assertTrue(messages.toString().contains(word), "the build failure says '" + word + "':\n" + messages);
            }
        };
    }
}
