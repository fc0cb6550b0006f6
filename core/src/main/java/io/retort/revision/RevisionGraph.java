package io.retort.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The validated, immutable graph of revisions: queries about its shape, target resolution and migration plans.
 *
 * <p>Every set it returns is unmodifiable and iterates in topological order (see {@link #ordered()}).
 * "Rows" are the version-table rows of a database: the applied revisions that no other applied revision has as
 * a parent.
 */
public final class RevisionGraph {

    private final List<RevisionNode> ordered;
    private final Map<String, RevisionNode> byId;
    private final Map<String, Integer> position;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> dependents;
    private final Map<String, String> labelOwners;
    private final Set<String> heads;
    private final Set<String> bases;
    private final Set<String> branchPoints;
    private final Set<String> mergePoints;
    private final TargetResolver resolver;
    private final PlanBuilder planner;
    private final Squashes squashes;
    /** The squashes this view shows as their replaced revisions (a database partway through them). */
    private final Set<String> unsquashed;
    /** The squashed view, which builds and keeps the others; null in that view itself. */
    private final RevisionGraph root;
    private final Map<Set<String>, RevisionGraph> views = new java.util.concurrent.ConcurrentHashMap<>();

    private RevisionGraph(List<RevisionNode> ordered, Squashes squashes, Set<String> unsquashed, RevisionGraph root) {
        this.squashes = squashes;
        this.unsquashed = Set.copyOf(unsquashed);
        this.root = root;
        this.ordered = List.copyOf(ordered);
        this.byId = new LinkedHashMap<>();
        this.position = new HashMap<>();
        this.children = new HashMap<>();
        this.dependents = new HashMap<>();
        this.labelOwners = new HashMap<>();
        for (RevisionNode node : ordered) {
            position.put(node.id(), position.size());
            byId.put(node.id(), node);
            children.put(node.id(), new ArrayList<>());
            dependents.put(node.id(), new ArrayList<>());
            node.branchLabels().forEach(label -> labelOwners.put(label, node.id()));
        }
        for (RevisionNode node : ordered) {
            node.parents().forEach(parent -> children.get(parent).add(node.id()));
            node.dependsOn().forEach(dependency -> dependents.get(dependency).add(node.id()));
        }
        this.heads = select(id -> children.get(id).isEmpty());
        this.bases = select(id -> byId.get(id).isBase());
        this.branchPoints = select(id -> children.get(id).size() > 1);
        this.mergePoints = select(id -> byId.get(id).isMerge());
        this.resolver = new TargetResolver(this);
        this.planner = new PlanBuilder(this, resolver);
    }

    /**
     * Validates the revisions and builds the graph.
     *
     * @throws DuplicateRevisionException for a repeated id or branch label, or a label equal to an id
     * @throws UnknownRevisionException   for a parent or dependency that is not among the nodes
     * @throws CycleException            when parents and dependencies loop
     * @throws RevisionException          for an id or label that is not letters, digits and '_', or is reserved
     */
    public static RevisionGraph of(Collection<RevisionNode> nodes) {
        Squashes squashes = Squashes.of(nodes);
        if (squashes.isEmpty()) {
            return new RevisionGraph(TopologicalOrder.sort(GraphValidator.validate(nodes)), Squashes.NONE, Set.of(), null);
        }
        RevisionGraph squashed = new RevisionGraph(TopologicalOrder.sort(GraphValidator.validate(squashes.view(Set.of()))), squashes,
                Set.of(), null);
        // Each original view is checked now, so a broken one fails the build rather than a later upgrade.
        squashes.all().stream().filter(Squashes.Squash::replacedPresent).forEach(squash -> squashed.view(Set.of(squash.id())));
        return squashed;
    }

    /**
     * The graph as a database with these version rows must follow: the squashed view, unless it stopped
     * partway through revisions a squash replaces (and they still exist), which it then goes on through.
     */
    public RevisionGraph viewFor(Set<String> rows) {
        if (squashes.isEmpty()) {
            return this;
        }
        RevisionGraph squashed = root == null ? this : root;
        return squashed.view(squashes.partwayAt(rows == null ? Set.of() : rows));
    }

    private RevisionGraph view(Set<String> partway) {
        if (partway.isEmpty()) {
            return root == null ? this : root;
        }
        return views.computeIfAbsent(Set.copyOf(partway), key -> new RevisionGraph(TopologicalOrder.sort(GraphValidator.validate(
                squashes.view(key))), squashes, key, this));
    }

    /**
     * Version rows in this view's ids: the last revision a squash replaces and the squash stand for
     * each other, so a database that applied the whole run is at the squash in the squashed view.
     */
    public Set<String> canonicalRows(Set<String> rows) {
        return squashes.isEmpty() || rows == null ? rows : squashes.canonical(rows, unsquashed);
    }

    /** The squashed revision that replaces {@code id}, if any. */
    public java.util.Optional<String> replacedBy(String id) {
        return squashes.replacedBy(id);
    }

    /** The squashed revisions and what each replaces, oldest first. */
    public Map<String, List<String>> squashes() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        squashes.all().forEach(squash -> all.put(squash.id(), squash.replaced()));
        return all;
    }

    /** Whether the revisions {@code squash} replaces are still among the revisions. */
    public boolean replacedPresent(String squash) {
        return squashes.all().stream().anyMatch(s -> s.id().equals(squash) && s.replacedPresent());
    }

    /** A revision by id in this view, or as written when only another view has it (a replaced revision). */
    public RevisionNode nodeInAnyView(String id) {
        RevisionNode node = byId.get(id);
        if (node != null) {
            return node;
        }
        RevisionNode squashedView = root == null ? null : root.byId.get(id);
        return squashedView != null ? squashedView : squashes.original(id).orElseGet(() -> get(id));
    }

    /** True when a revision has exactly this id. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The revision with exactly this id; prefixes and labels are not accepted here. */
    public RevisionNode get(String id) {
        RevisionNode node = byId.get(id);
        if (node == null) {
            throw new UnknownRevisionException("There is no revision with id '" + id + "'; check the id against "
                    + "the history.", List.of(String.valueOf(id)));
        }
        return node;
    }

    /** All revisions, parents and dependencies before the revisions that need them; the same order every time. */
    public List<RevisionNode> ordered() {
        return ordered;
    }

    /** All revisions newest first, for display. */
    public List<RevisionNode> historyOrder() {
        List<RevisionNode> reversed = new ArrayList<>(ordered);
        Collections.reverse(reversed);
        return Collections.unmodifiableList(reversed);
    }

    /** Revisions no other revision has as a parent. */
    public Set<String> heads() {
        return heads;
    }

    /** Revisions without parents. */
    public Set<String> bases() {
        return bases;
    }

    /** Revisions that two or more revisions have as a parent. */
    public Set<String> branchPoints() {
        return branchPoints;
    }

    /** Revisions with two or more parents. */
    public Set<String> mergePoints() {
        return mergePoints;
    }

    /**
     * The only head.
     *
     * @throws MultipleHeadsException when there are several heads
     * @throws RevisionException      when the graph is empty
     */
    public String singleHead() {
        if (heads.size() == 1) {
            return heads.iterator().next();
        }
        if (heads.isEmpty()) {
            throw new RevisionException("There are no revisions yet, so there is no head; create a revision first.");
        }
        throw new MultipleHeadsException(heads.size() + " heads: " + describe(heads)
                + " — a single target is needed: name one, use 'heads', or merge them with retort:merge.",
                List.copyOf(heads));
    }

    /**
     * When there are two or more heads, the heads whose line (the head and its ancestors back to the nearest
     * branch point or merge) carries no branch label; empty with zero or one head.
     */
    public List<String> unlabeledHeads() {
        if (heads.size() < 2) {
            return List.of();
        }
        List<String> unlabeled = new ArrayList<>();
        for (String head : heads) {
            boolean labeled = lineBelow(head).stream().anyMatch(id -> !byId.get(id).branchLabels().isEmpty());
            if (!labeled) {
                unlabeled.add(head);
            }
        }
        return List.copyOf(unlabeled);
    }

    /** The given rows and all their ancestors through parents and dependencies. */
    public Set<String> appliedSet(Set<String> versionRows) {
        Set<String> applied = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(requireKnownRows(versionRows));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (applied.add(id)) {
                RevisionNode node = byId.get(id);
                pending.addAll(node.parents());
                pending.addAll(node.dependsOn());
            }
        }
        return inOrder(applied);
    }

    /** The elements of the set that are not a parent-line ancestor of another element: the version-table rows. */
    public Set<String> versionRowsOf(Set<String> appliedSet) {
        Set<String> known = requireKnownRows(appliedSet);
        Set<String> below = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        known.forEach(id -> pending.addAll(byId.get(id).parents()));
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (below.add(id)) {
                pending.addAll(byId.get(id).parents());
            }
        }
        Set<String> rows = new HashSet<>(known);
        rows.removeAll(below);
        return inOrder(rows);
    }

    /**
     * The revisions a target names, given the database's current rows; an empty set means base.
     *
     * <p>Forms: {@code head}, {@code heads}, {@code base}; a full id, a unique id prefix or a branch label;
     * {@code +N} / {@code -N} from the single current row; {@code rev+N} / {@code rev-N} from a revision
     * (or {@code head}); {@code label@head}, {@code label@base} (the lowest revision of the label's own line),
     * {@code label@+N} / {@code label@-N} from the branch's current row (an unapplied branch counts {@code +N}
     * from its lowest revision). Walking up through a branch point needs a label or an id to pick the way.
     *
     * @throws UnknownRevisionException   when nothing matches the text
     * @throws AmbiguousRevisionException when a prefix matches several revisions
     * @throws MultipleHeadsException     when one revision is needed but several qualify
     * @throws BelowBaseException         when a relative form steps below base
     * @throws InvalidTargetException     when the text is malformed or steps past a head
     */
    public Set<String> resolve(String target, Set<String> currentRows) {
        return resolver.resolve(Target.parse(target), normalizeRows(currentRows));
    }

    /** The revisions to apply, in order, to bring the database from its current rows up to the target. */
    public MigrationPlan upgradePlan(Set<String> currentRows, String target) {
        return planner.upgrade(normalizeRows(currentRows), Target.parse(target));
    }

    /** The revisions to unapply, newest first, to bring the database from its current rows down to the target. */
    public MigrationPlan downgradePlan(Set<String> currentRows, String target) {
        return planner.downgrade(normalizeRows(currentRows), Target.parse(target));
    }

    /** The upgrade plan to target rows already resolved (by {@link #resolve}); used to re-plan between steps. */
    public MigrationPlan upgradePlanTo(Set<String> currentRows, Set<String> targetRows) {
        return planner.upgradeTo(normalizeRows(currentRows), normalizeRows(targetRows));
    }

    /** The downgrade plan to target rows already resolved (by {@link #resolve}); used to re-plan between steps. */
    public MigrationPlan downgradePlanTo(Set<String> currentRows, Set<String> targetRows) {
        return planner.downgradeTo(normalizeRows(currentRows), normalizeRows(targetRows));
    }

    /** How many revisions have this one as a parent. */
    public int childrenCount(String id) {
        get(id);
        return children.get(id).size();
    }

    // ---- package-private helpers shared by the resolver and the planner ----

    RevisionNode node(String id) {
        return byId.get(id);
    }

    List<String> childrenOf(String id) {
        return children.get(id);
    }

    String labelOwner(String label) {
        return labelOwners.get(label);
    }

    Set<String> labels() {
        return labelOwners.keySet();
    }

    /** Rows normalised so that callers may pass any applied revisions, not only the exact rows. */
    Set<String> normalizeRows(Set<String> rows) {
        return versionRowsOf(appliedSet(rows));
    }

    Set<String> inOrder(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(new HashSet<>(ids));
        sorted.sort(Comparator.comparingInt(position::get));
        return OrderedSets.copy(sorted);
    }

    int position(String id) {
        return position.get(id);
    }

    /** True when {@code ancestor} is {@code id} or reachable from it through parents. */
    boolean isAncestorOrSelf(String ancestor, String id) {
        int floor = position.get(ancestor);
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(id));
        while (!pending.isEmpty()) {
            String current = pending.pop();
            if (current.equals(ancestor)) {
                return true;
            }
            // Ancestors always sit earlier in the order, so anything before the candidate cannot lead to it.
            if (position.get(current) > floor && seen.add(current)) {
                pending.addAll(byId.get(current).parents());
            }
        }
        return false;
    }

    /** The given revisions and everything that has them as parent or dependency, transitively. */
    Set<String> descendantsOrSelf(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(ids);
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (found.add(id)) {
                pending.addAll(children.get(id));
                pending.addAll(dependents.get(id));
            }
        }
        return found;
    }

    /**
     * The revision and its ancestors down its own line: stops below a merge, at a base, or above a branch point,
     * since from there on the history is shared with other lines.
     */
    List<String> lineBelow(String id) {
        List<String> line = new ArrayList<>(List.of(id));
        String current = id;
        while (true) {
            List<String> parents = byId.get(current).parents();
            if (parents.size() != 1 || children.get(parents.get(0)).size() > 1) {
                return line;
            }
            current = parents.get(0);
            line.add(current);
        }
    }

    /** "id (message)" for each id, comma separated. */
    String describe(Collection<String> ids) {
        return ids.stream().map(this::describe).collect(Collectors.joining(", "));
    }

    String describe(String id) {
        RevisionNode node = byId.get(id);
        return node == null || node.message().isEmpty() ? id : id + " (" + node.message() + ")";
    }

    /** Describes a set of rows, saying "base" for none. */
    String describeRows(Set<String> rows) {
        return rows.isEmpty() ? "base (nothing applied)" : describe(rows);
    }

    private Set<String> requireKnownRows(Set<String> rows) {
        if (rows == null) {
            return Set.of();
        }
        for (String id : rows) {
            if (!byId.containsKey(id)) {
                throw new UnknownRevisionException("The database records revision '" + id
                        + "', which no migration defines; restore the missing migration or fix the version table.",
                        List.of(String.valueOf(id)));
            }
        }
        return rows;
    }

    private Set<String> select(java.util.function.Predicate<String> test) {
        return OrderedSets.copy(ordered.stream().map(RevisionNode::id).filter(test).collect(Collectors.toList()));
    }
}
