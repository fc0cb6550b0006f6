package io.retort.codegen;

import io.retort.engine.RevisionDefinitionException;
import io.retort.revision.RevisionGraph;
import io.retort.revision.RevisionNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The run of revisions a squash replaces: from {@code from} up to {@code to}, each the only parent of
 * the next, with no merge, dependency, branch point, branch label or earlier squash inside. By default
 * {@code to} is the single head and {@code from} the lowest revision such a run reaches.
 */
final class SquashRun {

    private SquashRun() {
    }

    static List<String> of(RevisionGraph graph, String from, String to) {
        String top = to == null || to.isBlank() ? graph.singleHead() : known(graph, to);
        String bottom = from == null || from.isBlank() ? null : known(graph, from);
        List<String> run = new ArrayList<>();
        String cursor = top;
        while (true) {
            RevisionNode node = graph.get(cursor);
            String refusal = refusal(graph, node, run.isEmpty());
            if (refusal != null) {
                if (bottom == null && !run.isEmpty()) {
                    break; // the default run ends below the first revision that cannot be squashed
                }
                throw new RevisionDefinitionException("Cannot squash " + (bottom == null ? "down from " + top : bottom + ".." + top)
                        + ": revision " + describe(node) + " " + refusal + ".");
            }
            run.add(cursor);
            if (cursor.equals(bottom) || node.parents().isEmpty()) {
                break;
            }
            String parent = node.parents().get(0);
            if (bottom == null && graph.childrenCount(parent) > 1) {
                break; // a branch point: the run starts above it
            }
            cursor = parent;
        }
        if (bottom != null && !run.contains(bottom)) {
            throw new RevisionDefinitionException("Cannot squash " + bottom + ".." + top + ": " + bottom + " is not below " + top
                    + " on one line; name revisions of one line, the older one as from.");
        }
        Collections.reverse(run);
        if (run.size() < 2) {
            throw new RevisionDefinitionException("Nothing to squash: the run " + (bottom == null ? "down from " + top : bottom + ".." + top)
                    + " holds " + run.size() + " revision; name a longer one (retort.from, retort.to).");
        }
        return run;
    }

    /** Why this revision cannot be in the run, or null. The top may have several children (they follow the squash). */
    private static String refusal(RevisionGraph graph, RevisionNode node, boolean top) {
        if (node.isMerge()) {
            return "is a merge (it has " + node.parents().size() + " parents)";
        }
        if (!node.dependsOn().isEmpty()) {
            return "depends on " + String.join(", ", node.dependsOn());
        }
        if (!node.branchLabels().isEmpty()) {
            return "carries branch labels " + node.branchLabels();
        }
        if (node.isSquash()) {
            return "is itself a squash; delete the revisions it replaces first";
        }
        if (!top && graph.childrenCount(node.id()) > 1) {
            return "is a branch point (several revisions follow it)";
        }
        return null;
    }

    private static String known(RevisionGraph graph, String id) {
        graph.get(id);
        return id;
    }

    private static String describe(RevisionNode node) {
        return node.id() + (node.message().isBlank() ? "" : " (" + node.message() + ")");
    }
}
