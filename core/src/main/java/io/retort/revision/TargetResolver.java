package io.retort.revision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a parsed {@link Target} into the revisions it names, relative to the database's current rows. */
final class TargetResolver {

    /**
     * Where a walk down ended and which revisions it stepped off.
     *
     * @param tips   the revisions reached; empty at base, two or more when the last step left a merge
     * @param passed the revisions stepped off, starting with the one the walk began at
     */
    record Walk(Set<String> tips, List<String> passed) {
    }

    private final RevisionGraph graph;

    TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    Set<String> resolve(Target target, Set<String> rows) {
        switch (target.kind()) {
            case HEAD:
                return Set.of(graph.singleHead());
            case HEADS:
                return graph.heads();
            case BASE:
                return Set.of();
            case NAME:
                return Set.of(lookup(target.name(), target.text()));
            case LABEL_HEAD:
                return Set.of(labelHead(target.name()));
            case LABEL_BASE:
                return Set.of(labelBase(requireLabel(target.name(), target.text())));
            case NAME_RELATIVE:
                return fromAnchor(target);
            case RELATIVE:
            case LABEL_RELATIVE:
                return target.steps() > 0 ? Set.of(walkUpFromCurrent(target, rows)) : walkDownFromCurrent(target, rows).tips();
            default:
                throw new IllegalStateException(target.kind().name());
        }
    }

    /** The single revision an id, branch label or unique id prefix names; exact ids win over labels over prefixes. */
    String lookup(String name, String text) {
        if (graph.contains(name)) {
            return name;
        }
        String owner = graph.labelOwner(name);
        if (owner != null) {
            return owner;
        }
        List<String> matches = graph.ordered().stream().map(RevisionNode::id)
                .filter(id -> id.startsWith(name)).collect(Collectors.toList());
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            String what = name.equals(text) ? "'" + text + "'" : "'" + name + "' in target '" + text + "'";
            throw new UnknownRevisionException("No revision id, id prefix or branch label matches " + what
                    + "; check it against the history.", List.of(name));
        }
        throw new AmbiguousRevisionException("Prefix '" + name + "' matches " + matches.size() + " revisions: "
                + graph.describe(matches) + "; type more characters of the id.", matches);
    }

    /** For a relative target moving down from the current rows: where it lands and what it steps off. */
    Walk walkDownFromCurrent(Target target, Set<String> rows) {
        int steps = -target.steps();
        if (target.kind() == Target.Kind.RELATIVE) {
            String row = singleRow(target, rows);
            if (row == null) {
                throw new BelowBaseException("Target '" + target.text() + "' goes below base: nothing is applied "
                        + "yet, so the database is already at base.", List.of());
            }
            return walkDown(row, steps, null, target.text());
        }
        String label = target.name();
        String row = branchRow(label, rows, target.text());
        if (row == null) {
            throw new BelowBaseException("Target '" + target.text() + "' goes below base: branch '" + label
                    + "' has no applied revisions, so it is already at base.", List.of(graph.labelOwner(label)));
        }
        return walkDown(row, steps, label, target.text());
    }

    private String walkUpFromCurrent(Target target, Set<String> rows) {
        if (target.kind() == Target.Kind.RELATIVE) {
            return walkUp(singleRow(target, rows), target.steps(), null, target.text());
        }
        String label = target.name();
        String row = branchRow(label, rows, target.text());
        if (row != null) {
            return walkUp(row, target.steps(), label, target.text());
        }
        // The branch is not applied yet: its first revision is step 1.
        String first = labelBase(graph.labelOwner(label));
        return target.steps() == 1 ? first : walkUp(first, target.steps() - 1, label, target.text());
    }

    private Set<String> fromAnchor(Target target) {
        String anchor = target.name();
        int steps = target.steps();
        String label = graph.labelOwner(anchor) != null ? anchor : null;
        if (anchor.equals("heads")) {
            throw new InvalidTargetException("Target '" + target.text() + "' is not understood: 'heads' names "
                    + "several revisions, so it cannot be a starting point; use head" + signed(steps)
                    + " or label@" + signed(steps) + ".", List.of(target.text()));
        }
        if (anchor.equals("base")) {
            if (steps < 0) {
                throw new BelowBaseException("Target '" + target.text() + "' goes below base; nothing is below base.",
                        List.of());
            }
            return Set.of(steps == 1 ? onlyBase(target.text()) : walkUp(onlyBase(target.text()), steps - 1, null,
                    target.text()));
        }
        String start = anchor.equals("head") ? graph.singleHead() : lookup(anchor, target.text());
        if (steps > 0) {
            return Set.of(walkUp(start, steps, label, target.text()));
        }
        return walkDown(start, -steps, label, target.text()).tips();
    }

    /** Walks child by child; a label picks the way at branch points. */
    private String walkUp(String start, int steps, String label, String text) {
        String current = start;
        for (int taken = 0; taken < steps; taken++) {
            List<String> candidates = current == null ? new ArrayList<>(graph.bases()) : graph.childrenOf(current);
            if (label != null) {
                candidates = candidates.stream().filter(id -> onBranch(id, label)).collect(Collectors.toList());
            }
            if (candidates.isEmpty()) {
                throw pastHead(current, start, taken, text);
            }
            if (candidates.size() > 1) {
                String from = current == null
                        ? "there are " + candidates.size() + " bases"
                        : current + " is a branch point with " + candidates.size() + " children";
                throw new MultipleHeadsException("Target '" + text + "' is ambiguous: " + from + ", "
                        + graph.describe(candidates) + "; name one by id, or give a branch label as label@+N.",
                        candidates);
            }
            current = candidates.get(0);
        }
        return current;
    }

    private RevisionException pastHead(String current, String start, int taken, String text) {
        if (current == null) {
            return new InvalidTargetException("Target '" + text + "' has nothing to step to: there are no "
                    + "revisions" + "; create a revision first.", List.of(text));
        }
        String from = start == null ? "base" : graph.describe(start);
        String room = taken == 0 ? "the starting point is already there" : "it is only " + taken + " step" + plural(taken)
                + " above " + from;
        return new InvalidTargetException("Target '" + text + "' goes past head " + graph.describe(current) + ": "
                + room + "; use head, or fewer steps.", List.of(current));
    }

    /** Walks parent by parent; a label picks the parent at merges. */
    private Walk walkDown(String start, int steps, String label, String text) {
        Set<String> tips = Set.of(start);
        List<String> passed = new ArrayList<>();
        for (int taken = 0; taken < steps; taken++) {
            if (tips.isEmpty()) {
                throw new BelowBaseException("Target '" + text + "' goes below base: " + graph.describe(start)
                        + " is only " + taken + " step" + plural(taken) + " above base; use base or -" + taken + ".",
                        List.of(start));
            }
            if (tips.size() > 1) {
                throw new InvalidTargetException("Target '" + text + "' is ambiguous: after " + taken + " step"
                        + plural(taken) + " it reaches the parents of merge " + passed.get(passed.size() - 1) + ", "
                        + graph.describe(tips) + ", which are separate branches; name one of them by id, or give a "
                        + "branch label as label@-N.", new ArrayList<>(tips));
            }
            String tip = tips.iterator().next();
            passed.add(tip);
            List<String> parents = graph.node(tip).parents();
            if (label != null && parents.size() > 1) {
                List<String> onLine = parents.stream().filter(id -> onBranch(id, label)).collect(Collectors.toList());
                parents = onLine.size() == 1 ? onLine : parents;
            }
            tips = new LinkedHashSet<>(parents);
        }
        return new Walk(graph.inOrder(tips), List.copyOf(passed));
    }

    /** The only current row, or null at base; several rows make a bare +N / -N ambiguous. */
    private String singleRow(Target target, Set<String> rows) {
        if (rows.size() <= 1) {
            return rows.isEmpty() ? null : rows.iterator().next();
        }
        String sign = signed(target.steps());
        String examples = rows.stream().map(row -> "'" + suggestion(row) + sign + "'")
                .collect(Collectors.joining(" or "));
        throw new InvalidTargetException("Target '" + target.text() + "' is ambiguous: the database is at "
                + rows.size() + " revisions, " + graph.describe(rows) + "; name the branch, e.g. " + examples
                + " (label@" + sign + " or rev" + sign + ").", new ArrayList<>(rows));
    }

    /** A branch label on the row's line if there is one, else the row's id. */
    private String suggestion(String row) {
        for (String id : graph.lineBelow(row)) {
            Set<String> labels = graph.node(id).branchLabels();
            if (!labels.isEmpty()) {
                return labels.iterator().next() + "@";
            }
        }
        return row;
    }

    /** The current row on the labelled branch, or null when the branch is not applied. */
    private String branchRow(String label, Set<String> rows, String text) {
        String base = labelBase(requireLabel(label, text));
        List<String> onBranch = rows.stream().filter(row -> graph.isAncestorOrSelf(base, row))
                .collect(Collectors.toList());
        if (onBranch.size() > 1) {
            throw new InvalidTargetException("Target '" + text + "' is ambiguous: branch '" + label + "' has "
                    + onBranch.size() + " current revisions, " + graph.describe(onBranch)
                    + "; name one of them by id.", onBranch);
        }
        return onBranch.isEmpty() ? null : onBranch.get(0);
    }

    /** The head of the labelled branch: the one head that has the labelled revision as ancestor-or-self. */
    private String labelHead(String label) {
        String owner = requireLabel(label, label + "@head");
        List<String> candidates = graph.heads().stream().filter(head -> graph.isAncestorOrSelf(owner, head))
                .collect(Collectors.toList());
        if (candidates.size() != 1) {
            throw new MultipleHeadsException("Branch '" + label + "' has " + candidates.size() + " heads: "
                    + graph.describe(candidates) + " — a single target is needed: name one, or merge them with "
                    + "retort:merge.", candidates);
        }
        return candidates.get(0);
    }

    /** The lowest revision of the labelled revision's own line. */
    private String labelBase(String owner) {
        List<String> line = graph.lineBelow(owner);
        return line.get(line.size() - 1);
    }

    /** True when the revision is on the labelled branch or leads up into it. */
    private boolean onBranch(String id, String label) {
        String base = labelBase(graph.labelOwner(label));
        return graph.isAncestorOrSelf(id, base) || graph.isAncestorOrSelf(base, id);
    }

    private String requireLabel(String label, String text) {
        String owner = graph.labelOwner(label);
        if (owner == null) {
            String known = graph.labels().isEmpty() ? "no revision has a branch label"
                    : "known labels are " + graph.labels().stream().sorted().collect(Collectors.joining(", "));
            throw new UnknownRevisionException("Target '" + text + "' names branch label '" + label
                    + "', which no revision carries; " + known + ".", List.of(label));
        }
        return owner;
    }

    private String onlyBase(String text) {
        return walkUp(null, 1, null, text);
    }

    private static String signed(int steps) {
        return (steps < 0 ? "-" : "+") + Math.abs(steps);
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
