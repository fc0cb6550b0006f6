package io.retort.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The squashed revisions among an application's revisions, checked, and the views of the graph they
 * allow. A squash stands for a linear run of revisions (its {@code replaces}): in the squashed view,
 * which every database uses unless it stopped partway through the run, the replaced revisions are
 * left out and revisions that follow the last of them follow the squash; in the original view of a
 * squash, kept while its replaced revisions exist, the squash is left out and revisions that follow
 * it follow the last replaced one.
 */
final class Squashes {

    /** One squash: its node, the revisions it replaces (oldest first), and whether their classes are still there. */
    record Squash(RevisionNode node, List<String> replaced, boolean replacedPresent) {

        String id() {
            return node.id();
        }

        String last() {
            return replaced.get(replaced.size() - 1);
        }

        /** The replaced revisions a database can stand at while partway through the run. */
        Set<String> partway() {
            return new HashSet<>(replaced.subList(0, replaced.size() - 1));
        }
    }

    static final Squashes NONE = new Squashes(List.of(), Map.of(), Map.of());

    private final List<RevisionNode> nodes;
    private final Map<String, RevisionNode> byId = new LinkedHashMap<>();
    private final Map<String, Squash> squashes;
    private final Map<String, String> replacedBy;

    private Squashes(List<RevisionNode> nodes, Map<String, Squash> squashes, Map<String, String> replacedBy) {
        this.nodes = nodes;
        this.squashes = squashes;
        this.replacedBy = replacedBy;
        nodes.forEach(node -> {
            if (node != null) {
                byId.putIfAbsent(node.id(), node);
            }
        });
    }

    /** Finds and checks the squashes among the nodes (ids and references are checked with each view). */
    static Squashes of(Collection<RevisionNode> all) {
        List<RevisionNode> nodes = new ArrayList<>(all);
        Map<String, RevisionNode> byId = new LinkedHashMap<>();
        nodes.forEach(node -> {
            if (node != null) {
                byId.putIfAbsent(node.id(), node);
            }
        });
        Map<String, Squash> squashes = new LinkedHashMap<>();
        Map<String, String> replacedBy = new LinkedHashMap<>();
        for (RevisionNode node : byId.values()) {
            if (!node.isSquash()) {
                continue;
            }
            List<String> replaced = node.replaces();
            if (new HashSet<>(replaced).size() != replaced.size() || replaced.contains(node.id())) {
                throw new RevisionException("Squashed revision " + node.id() + " (" + node.source() + ") lists a revision twice or"
                        + " itself in replaces; list each replaced revision once, oldest first.", List.of(node.id()));
            }
            for (String id : replaced) {
                String other = replacedBy.putIfAbsent(id, node.id());
                if (other != null) {
                    throw new RevisionException("Revision " + id + " is replaced by two squashed revisions, " + other + " and "
                            + node.id() + "; keep one of them.", List.of(id, other, node.id()));
                }
            }
            List<String> missing = replaced.stream().filter(id -> !byId.containsKey(id)).toList();
            if (!missing.isEmpty() && missing.size() != replaced.size()) {
                throw new RevisionException("Squashed revision " + node.id() + " (" + node.source() + ") replaces " + replaced.size()
                        + " revisions, but " + String.join(", ", missing) + " no longer exist while the others do: keep all of them"
                        + " until every database is past them (retort:replaced says when), then delete them all.", missing);
            }
            boolean present = missing.isEmpty();
            if (present) {
                checkRun(node, replaced, byId);
            }
            squashes.put(node.id(), new Squash(node, List.copyOf(replaced), present));
        }
        for (Squash squash : squashes.values()) {
            if (replacedBy.containsKey(squash.id())) {
                throw new RevisionException("Squashed revision " + squash.id() + " is itself replaced by " + replacedBy.get(squash.id())
                        + "; a squash cannot replace another squash: delete the revisions " + squash.id() + " replaces first, then"
                        + " squash again from " + squash.id() + ".", List.of(squash.id()));
            }
        }
        if (squashes.isEmpty()) {
            return NONE;
        }
        for (RevisionNode node : byId.values()) {
            if (replacedBy.containsKey(node.id())) {
                continue;
            }
            for (String ref : references(node)) {
                String squash = replacedBy.get(ref);
                if (squash != null && !ref.equals(squashes.get(squash).last()) && !node.id().equals(squash)) {
                    throw new RevisionException("Revision " + node.id() + " (" + node.source() + ") follows " + ref + ", which squashed"
                            + " revision " + squash + " replaces partway through its run; only the last replaced revision ("
                            + squashes.get(squash).last() + ") can be followed. Move " + node.id() + " after it, or squash less.",
                            List.of(node.id(), ref, squash));
                }
            }
        }
        return new Squashes(nodes, squashes, replacedBy);
    }

    /** The replaced revisions must still form the run the squash was written from. */
    private static void checkRun(RevisionNode squash, List<String> replaced, Map<String, RevisionNode> byId) {
        for (int i = 0; i < replaced.size(); i++) {
            RevisionNode node = byId.get(replaced.get(i));
            List<String> expectedParents = i == 0 ? squash.parents() : List.of(replaced.get(i - 1));
            List<String> expectedDependencies = i == 0 ? squash.dependsOn() : List.of();
            if (!new TreeSet<>(node.parents()).equals(new TreeSet<>(expectedParents))
                    || !new TreeSet<>(node.dependsOn()).equals(new TreeSet<>(expectedDependencies))) {
                throw new RevisionException("Squashed revision " + squash.id() + " replaces " + String.join(", ", replaced)
                        + ", but they are not a run from its parents: " + node.id() + " follows " + describeParents(node)
                        + " where " + describeParents(expectedParents, expectedDependencies) + " was expected. Write the squash again"
                        + " with retort:squash.", List.of(squash.id(), node.id()));
            }
            if (!node.branchLabels().isEmpty() || node.isSquash()) {
                throw new RevisionException("Squashed revision " + squash.id() + " replaces " + node.id() + ", which "
                        + (node.isSquash() ? "is itself a squash" : "carries branch labels " + node.branchLabels())
                        + "; a squash replaces plain revisions only.", List.of(squash.id(), node.id()));
            }
        }
    }

    private static String describeParents(RevisionNode node) {
        return describeParents(node.parents(), node.dependsOn());
    }

    private static String describeParents(List<String> parents, List<String> dependsOn) {
        String text = parents.isEmpty() ? "base" : String.join(", ", parents);
        return dependsOn.isEmpty() ? text : text + " (depending on " + String.join(", ", dependsOn) + ")";
    }

    private static List<String> references(RevisionNode node) {
        List<String> refs = new ArrayList<>(node.parents());
        refs.addAll(node.dependsOn());
        return refs;
    }

    boolean isEmpty() {
        return squashes.isEmpty();
    }

    Collection<Squash> all() {
        return squashes.values();
    }

    Optional<String> replacedBy(String id) {
        return Optional.ofNullable(replacedBy.get(id));
    }

    /** The squashes a database with these version rows stopped partway through (their replaced revisions exist). */
    Set<String> partwayAt(Set<String> rows) {
        Set<String> partway = new TreeSet<>();
        for (Squash squash : squashes.values()) {
            if (squash.replacedPresent() && rows.stream().anyMatch(squash.partway()::contains)) {
                partway.add(squash.id());
            }
        }
        return partway;
    }

    /** The nodes of the view in which the squashes in {@code unsquashed} show their replaced revisions and the rest do not. */
    List<RevisionNode> view(Set<String> unsquashed) {
        Map<String, String> alias = new LinkedHashMap<>();
        Set<String> left = new HashSet<>();
        for (Squash squash : squashes.values()) {
            if (unsquashed.contains(squash.id())) {
                left.add(squash.id());
                alias.put(squash.id(), squash.last());
            } else {
                left.addAll(squash.replaced());
                alias.put(squash.last(), squash.id());
            }
        }
        List<RevisionNode> view = new ArrayList<>();
        for (RevisionNode node : nodes) {
            if (node == null || left.contains(node.id())) {
                continue;
            }
            List<String> parents = node.parents().stream().map(id -> alias.getOrDefault(id, id)).toList();
            List<String> dependsOn = node.dependsOn().stream().map(id -> alias.getOrDefault(id, id)).toList();
            view.add(parents.equals(node.parents()) && dependsOn.equals(node.dependsOn()) ? node : node.withReferences(parents, dependsOn));
        }
        return view;
    }

    /** Version rows as the view sees them: the last replaced revision and its squash stand for each other. */
    Set<String> canonical(Set<String> rows, Set<String> unsquashed) {
        List<String> mapped = new ArrayList<>();
        for (String row : rows) {
            String canonical = row;
            for (Squash squash : squashes.values()) {
                if (unsquashed.contains(squash.id()) && row.equals(squash.id())) {
                    canonical = squash.last();
                } else if (!unsquashed.contains(squash.id()) && row.equals(squash.last())) {
                    canonical = squash.id();
                }
            }
            mapped.add(canonical);
        }
        return OrderedSets.copy(mapped);
    }

    /** A node by id in any view: a replaced revision as written. */
    Optional<RevisionNode> original(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
