package io.retort.engine;

import java.util.List;
import java.util.Set;

/**
 * Where a database stands against the code, read without changing anything: its version rows, the
 * heads of the code, the revisions an upgrade to the heads would apply, rows naming revisions the
 * code does not know, and applied revisions edited since.
 */
public record RetortStatus(Set<String> current, Set<String> heads, List<String> pending, Set<String> unknown,
        List<String> changed) {

    public RetortStatus {
        current = Set.copyOf(current);
        heads = Set.copyOf(heads);
        pending = List.copyOf(pending);
        unknown = Set.copyOf(unknown);
        changed = List.copyOf(changed);
    }

    /** True when the database is at the heads, knows nothing the code does not, and nothing was edited. */
    public boolean upToDate() {
        return pending.isEmpty() && unknown.isEmpty() && changed.isEmpty();
    }
}
