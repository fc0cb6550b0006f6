package io.retort.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One revision as the graph sees it.
 *
 * @param id           the revision id, letters, digits and '_' only
 * @param parents      the revisions this one follows (down-revisions); empty for a base, 2+ for a merge
 * @param dependsOn    revisions that must be applied first without being parents (cross-branch dependencies)
 * @param branchLabels names that can stand for this revision and its branch in targets
 * @param message      the human message, never null
 * @param source       a human description of where the revision comes from, such as its class name; used in errors
 * @param replaces     for a squashed revision, the revisions it stands for, in the order they apply; empty otherwise
 */
public record RevisionNode(String id, List<String> parents, List<String> dependsOn, Set<String> branchLabels,
                           String message, String source, List<String> replaces) {

    public RevisionNode {
        parents = copyList(parents, id, "a parent");
        dependsOn = copyList(dependsOn, id, "a dependency");
        branchLabels = copyLabels(branchLabels, id);
        message = message == null ? "" : message;
        source = source == null ? id : source;
        replaces = copyList(replaces, id, "a replaced revision");
    }

    /** A revision that replaces none. */
    public RevisionNode(String id, List<String> parents, List<String> dependsOn, Set<String> branchLabels, String message,
            String source) {
        this(id, parents, dependsOn, branchLabels, message, source, List.of());
    }

    /** True for a squashed revision: one that stands for a run of earlier revisions. */
    public boolean isSquash() {
        return !replaces.isEmpty();
    }

    /** This node with other parents and dependencies, as a view of the graph sees it. */
    RevisionNode withReferences(List<String> newParents, List<String> newDependsOn) {
        return new RevisionNode(id, newParents, newDependsOn, branchLabels, message, source, replaces);
    }

    /** A revision with the given parents, no labels, no dependencies and an empty message; the source is the id. */
    public static RevisionNode of(String id, String... parents) {
        return new RevisionNode(id, parents == null ? List.of() : List.of(parents), List.of(), Set.of(), "", id);
    }

    /** True when the revision has no parents. */
    public boolean isBase() {
        return parents.isEmpty();
    }

    /** True when the revision joins two or more parents. */
    public boolean isMerge() {
        return parents.size() > 1;
    }

    private static List<String> copyList(List<String> values, String id, String what) {
        if (values == null) {
            return List.of();
        }
        List<String> copy = new ArrayList<>(values.size());
        for (String value : values) {
            if (value == null) {
                throw new RevisionException("Revision " + id + " lists null as " + what
                        + "; remove the null entry or give the revision id.", listOfNullable(id));
            }
            copy.add(value);
        }
        return List.copyOf(copy);
    }

    private static Set<String> copyLabels(Set<String> labels, String id) {
        if (labels == null) {
            return Set.of();
        }
        // Iterate rather than contains(null): immutable sets throw on a null query.
        if (labels.stream().anyMatch(java.util.Objects::isNull)) {
            throw new RevisionException("Revision " + id + " has a null branch label; remove it.", listOfNullable(id));
        }
        // Sorted so that equal nodes print and compare the same regardless of how the labels were collected.
        return Collections.unmodifiableSet(new TreeSet<>(labels));
    }

    private static List<String> listOfNullable(String id) {
        return id == null ? List.of() : List.of(id);
    }
}
