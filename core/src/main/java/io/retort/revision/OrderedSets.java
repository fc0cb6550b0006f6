package io.retort.revision;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Immutable copies that keep the caller's order, since the graph hands out sets in topological order. */
final class OrderedSets {

    private OrderedSets() {
    }

    static Set<String> copy(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
