package io.retort.revision;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered list of steps taking the version table from one set of rows to another.
 *
 * @param direction the direction of every step
 * @param from      the version-table rows before the plan
 * @param to        the version-table rows after the plan
 * @param steps     the steps, in the order they must run
 */
public record MigrationPlan(Direction direction, Set<String> from, Set<String> to, List<Step> steps) {

    public MigrationPlan {
        Objects.requireNonNull(direction, "direction");
        from = OrderedSets.copy(from);
        to = OrderedSets.copy(to);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** True when the database is already where the target points. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
