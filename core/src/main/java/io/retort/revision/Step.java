package io.retort.revision;

import java.util.Objects;
import java.util.Set;

/**
 * One revision applied or unapplied.
 *
 * @param revision    the revision to run
 * @param direction   whether its upgrade or downgrade runs
 * @param headsBefore the version-table rows before the step
 * @param headsAfter  the version-table rows after the step
 */
public record Step(RevisionNode revision, Direction direction, Set<String> headsBefore, Set<String> headsAfter) {

    public Step {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        headsBefore = OrderedSets.copy(headsBefore);
        headsAfter = OrderedSets.copy(headsAfter);
    }
}
