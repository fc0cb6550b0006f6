package io.retort.engine;

import io.retort.revision.Direction;
import java.util.List;
import java.util.Set;

/**
 * What an upgrade or downgrade did: the version rows before and after, and the steps this process
 * ran (another process may have run some of the others at the same time).
 */
public record MigrationResult(Direction direction, Set<String> from, Set<String> to, List<AppliedStep> steps) {

    public MigrationResult {
        from = Set.copyOf(from);
        to = Set.copyOf(to);
        steps = List.copyOf(steps);
    }
}
