package io.retort.codegen;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything a generated revision says: where it goes, its place in the graph, and the operations of
 * its {@code upgrade} and {@code downgrade}. {@code createdAt} only names the class and file, so the
 * same spec always gives the same source.
 */
public record GeneratedRevisionSpec(String packageName, String id, List<String> parents, String message,
        List<String> branchLabels, List<String> dependsOn, List<WrittenOperation> upgrade,
        List<WrittenOperation> downgrade, Instant createdAt, boolean transactional, List<String> replaces) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");

    public GeneratedRevisionSpec {
        packageName = packageName == null ? "" : packageName;
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Revision id '" + id + "' must be letters, digits and underscores");
        }
        parents = parents == null ? List.of() : List.copyOf(parents);
        message = message == null ? "" : message;
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        upgrade = upgrade == null ? List.of() : List.copyOf(upgrade);
        downgrade = downgrade == null ? List.of() : List.copyOf(downgrade);
        Objects.requireNonNull(createdAt, "createdAt");
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    /** A revision that replaces none. */
    public GeneratedRevisionSpec(String packageName, String id, List<String> parents, String message, List<String> branchLabels,
            List<String> dependsOn, List<WrittenOperation> upgrade, List<WrittenOperation> downgrade, Instant createdAt,
            boolean transactional) {
        this(packageName, id, parents, message, branchLabels, dependsOn, upgrade, downgrade, createdAt, transactional, List.of());
    }

    /** A transactional revision (the default). */
    public GeneratedRevisionSpec(String packageName, String id, List<String> parents, String message, List<String> branchLabels,
            List<String> dependsOn, List<WrittenOperation> upgrade, List<WrittenOperation> downgrade, Instant createdAt) {
        this(packageName, id, parents, message, branchLabels, dependsOn, upgrade, downgrade, createdAt, true);
    }
}
