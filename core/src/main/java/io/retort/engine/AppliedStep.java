package io.retort.engine;

import io.retort.revision.Direction;
import java.util.List;

/** One revision applied or unapplied by this run, with the statements it sent and how long it took. */
public record AppliedStep(String revision, String message, Direction direction, long durationMillis, List<String> statements) {

    public AppliedStep {
        statements = List.copyOf(statements);
    }
}
