package io.retort.revision;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks ids, references and labels before the graph is built; cycles are found while ordering. */
final class GraphValidator {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
    static final Set<String> RESERVED = Set.of("head", "heads", "base");

    private GraphValidator() {
    }

    /** Returns the nodes by id, in the order given. */
    static Map<String, RevisionNode> validate(Collection<RevisionNode> nodes) {
        Objects.requireNonNull(nodes, "nodes");
        Map<String, RevisionNode> byId = new LinkedHashMap<>();
        for (RevisionNode node : nodes) {
            if (node == null) {
                throw new RevisionException("The revision list contains null; remove it.");
            }
            checkName(node.id(), "Revision id", node);
            RevisionNode earlier = byId.putIfAbsent(node.id(), node);
            if (earlier != null) {
                throw new DuplicateRevisionException("Revision id " + node.id() + " is defined twice: by "
                        + earlier.source() + " and by " + node.source() + "; give one of them a new id.",
                        List.of(node.id()));
            }
        }
        for (RevisionNode node : byId.values()) {
            checkReferences(node, node.parents(), "parent", byId);
            checkReferences(node, node.dependsOn(), "dependency", byId);
        }
        checkLabels(byId);
        return byId;
    }

    private static void checkName(String name, String what, RevisionNode node) {
        if (name == null || name.isEmpty()) {
            throw new RevisionException(what + " is missing in " + node.source()
                    + "; use letters, digits and '_' only.");
        }
        if (!NAME.matcher(name).matches()) {
            throw new RevisionException(what + " '" + name + "' in " + node.source()
                    + " is not valid; use letters, digits and '_' only.", List.of(name));
        }
        if (RESERVED.contains(name)) {
            throw new RevisionException(what + " '" + name + "' in " + node.source()
                    + " is reserved for targets (head, heads, base); choose another name.", List.of(name));
        }
    }

    private static void checkReferences(RevisionNode node, List<String> refs, String kind,
                                        Map<String, RevisionNode> byId) {
        Set<String> seen = new HashSet<>();
        for (String ref : refs) {
            if (!byId.containsKey(ref)) {
                String fix = kind.equals("parent") ? "fix the parent id" : "fix or remove the dependency";
                throw new UnknownRevisionException("Revision " + node.id() + " (" + node.source() + ") names "
                        + kind + " " + ref + ", which does not exist; " + fix + " or add the missing revision.",
                        List.of(ref, node.id()));
            }
            if (!seen.add(ref)) {
                throw new RevisionException("Revision " + node.id() + " (" + node.source() + ") lists " + kind
                        + " " + ref + " twice; list it once.", List.of(node.id(), ref));
            }
        }
    }

    private static void checkLabels(Map<String, RevisionNode> byId) {
        Map<String, RevisionNode> owners = new HashMap<>();
        for (RevisionNode node : byId.values()) {
            for (String label : node.branchLabels()) {
                checkName(label, "Branch label", node);
                RevisionNode sameId = byId.get(label);
                if (sameId != null) {
                    throw new DuplicateRevisionException("Branch label '" + label + "' on revision " + node.id()
                            + " (" + node.source() + ") is also the id of revision " + label + " ("
                            + sameId.source() + "); rename the label.", List.of(label, node.id()));
                }
                RevisionNode other = owners.putIfAbsent(label, node);
                if (other != null) {
                    throw new DuplicateRevisionException("Branch label '" + label + "' is on two revisions: "
                            + other.id() + " (" + other.source() + ") and " + node.id() + " (" + node.source()
                            + "); a label names one branch, so remove it from one of them.",
                            List.of(other.id(), node.id()));
                }
            }
        }
    }
}
