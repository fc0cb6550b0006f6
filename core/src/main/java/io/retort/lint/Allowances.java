package io.retort.lint;

import io.retort.migration.Allow;
import io.retort.migration.Revision;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code @Allow} entries of a revision class, checked: each names a rule that exists and gives a reason. */
final class Allowances {

    private Allowances() {
    }

    /** Rule id to reason; an unknown rule or a blank reason is an error naming the revision. */
    static Map<String, String> of(String revision, Class<?> type) {
        Revision annotation = type.getAnnotation(Revision.class);
        Map<String, String> allowed = new LinkedHashMap<>();
        if (annotation == null) {
            return allowed;
        }
        for (Allow allow : annotation.allow()) {
            if (Rules.byId(allow.rule()).isEmpty()) {
                throw new IllegalArgumentException("Revision " + revision + " (" + type.getName() + ") allows rule \"" + allow.rule()
                        + "\", which does not exist; the rules are " + String.join(", ", Rules.ALL.stream().map(Rule::id).toList()));
            }
            if (allow.reason().isBlank()) {
                throw new IllegalArgumentException("Revision " + revision + " (" + type.getName() + ") allows rule \"" + allow.rule()
                        + "\" without a reason: say why the finding is acceptable here");
            }
            allowed.put(allow.rule(), allow.reason());
        }
        return allowed;
    }
}
