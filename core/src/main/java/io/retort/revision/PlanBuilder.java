package io.retort.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds upgrade and downgrade plans, tracking the version-table rows step by step. */
final class PlanBuilder {

    private final RevisionGraph graph;
    private final TargetResolver resolver;

    PlanBuilder(RevisionGraph graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    MigrationPlan upgrade(Set<String> rows, Target target) {
        if (target.isCurrentRelative() && target.steps() < 0) {
            throw new InvalidTargetException("Target '" + target.text() + "' steps down, but this is an upgrade; "
                    + "use downgrade " + target.text() + ".", List.of(target.text()));
        }
        return upgradeTo(rows, resolver.resolve(target, rows));
    }

    /** An upgrade to already resolved target rows (the engine re-plans to the same rows between steps). */
    MigrationPlan upgradeTo(Set<String> rows, Set<String> targetRows) {
        Set<String> applied = graph.appliedSet(rows);
        List<String> toApply = graph.appliedSet(targetRows).stream()
                .filter(id -> !applied.contains(id)).collect(Collectors.toList());
        if (toApply.isEmpty() && targetRows.size() == 1 && !rows.containsAll(targetRows)) {
            String below = targetRows.iterator().next();
            List<String> above = rows.stream().filter(row -> graph.isAncestorOrSelf(below, row))
                    .collect(Collectors.toList());
            throw new InvalidTargetException("Cannot upgrade to " + graph.describe(below) + ": it is below the "
                    + "current revision " + graph.describe(above) + "; use downgrade to go back to it.",
                    concat(below, above));
        }
        List<Step> steps = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>(rows);
        for (String id : toApply) {
            Set<String> before = graph.inOrder(current);
            // Parents come first in the order, so a new revision only ever replaces its parents as rows.
            current.removeAll(graph.node(id).parents());
            current.add(id);
            steps.add(new Step(graph.node(id), Direction.UPGRADE, before, graph.inOrder(current)));
        }
        return new MigrationPlan(Direction.UPGRADE, rows, graph.inOrder(current), steps);
    }

    MigrationPlan downgrade(Set<String> rows, Target target) {
        if (target.isCurrentRelative() && target.steps() > 0) {
            throw new InvalidTargetException("Target '" + target.text() + "' steps up, but this is a downgrade; "
                    + "use upgrade " + target.text() + ".", List.of(target.text()));
        }
        Set<String> applied = graph.appliedSet(rows);
        Set<String> toRemove = target.isCurrentRelative()
                ? removalForWalk(applied, resolver.walkDownFromCurrent(target, rows))
                : removalForTarget(applied, rows, resolver.resolve(target, rows));
        return downgradeRemoving(rows, toRemove);
    }

    private MigrationPlan downgradeRemoving(Set<String> rows, Set<String> toRemove) {
        Set<String> applied = graph.appliedSet(rows);
        List<String> order = new ArrayList<>(graph.inOrder(toRemove));
        Collections.reverse(order);

        List<Step> steps = new ArrayList<>();
        Set<String> remaining = new LinkedHashSet<>(applied);
        Set<String> current = new LinkedHashSet<>(rows);
        for (String id : order) {
            Set<String> before = graph.inOrder(current);
            remaining.remove(id);
            current.remove(id);
            // A parent becomes a row again once none of its children is left applied.
            for (String parent : graph.node(id).parents()) {
                if (graph.childrenOf(parent).stream().noneMatch(remaining::contains)) {
                    current.add(parent);
                }
            }
            steps.add(new Step(graph.node(id), Direction.DOWNGRADE, before, graph.inOrder(current)));
        }
        return new MigrationPlan(Direction.DOWNGRADE, rows, graph.inOrder(current), steps);
    }

    /** A downgrade to already resolved target rows; unrelated branches stay, as for an explicit target. */
    MigrationPlan downgradeTo(Set<String> rows, Set<String> targetRows) {
        return downgradeRemoving(rows, removalForTarget(graph.appliedSet(rows), rows, targetRows));
    }

    /**
     * An explicit target keeps unrelated branches: only what is built on the target goes, so
     * "downgrade a1" with branches a and b applied leaves b alone. Base removes everything.
     */
    private Set<String> removalForTarget(Set<String> applied, Set<String> rows, Set<String> targetRows) {
        for (String id : targetRows) {
            if (!applied.contains(id)) {
                throw new InvalidTargetException("Cannot downgrade to " + graph.describe(id) + ": it is not applied "
                        + "(the database is at " + graph.describeRows(rows) + "); use upgrade to reach it.",
                        List.of(id));
            }
        }
        if (targetRows.isEmpty()) {
            return applied;
        }
        Set<String> keep = graph.appliedSet(targetRows);
        return graph.descendantsOrSelf(targetRows).stream()
                .filter(id -> applied.contains(id) && !keep.contains(id))
                .collect(Collectors.toSet());
    }

    /** A relative step removes the revisions it stepped off and whatever applied builds on them. */
    private Set<String> removalForWalk(Set<String> applied, TargetResolver.Walk walk) {
        return graph.descendantsOrSelf(walk.passed()).stream().filter(applied::contains).collect(Collectors.toSet());
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
