package io.retort.revision;

import java.util.List;
import java.util.Set;

/** Small inline graphs shared by the tests. */
final class Graphs {

    private Graphs() {
    }

    static RevisionNode rev(String id, String message, String... parents) {
        return new RevisionNode(id, List.of(parents), List.of(), Set.of(), message, "V_" + id);
    }

    static RevisionNode labeled(String id, String label, String message, String... parents) {
        return new RevisionNode(id, List.of(parents), List.of(), Set.of(label), message, "V_" + id);
    }

    static RevisionNode dependent(String id, List<String> dependsOn, String message, String... parents) {
        return new RevisionNode(id, List.of(parents), dependsOn, Set.of(), message, "V_" + id);
    }

    /** aaa1 <- bbb2 <- ccc3 <- ddd4. */
    static RevisionGraph linear() {
        return RevisionGraph.of(List.of(
                rev("aaa1", "create users"),
                rev("bbb2", "add email", "aaa1"),
                rev("ccc3", "add orders", "bbb2"),
                rev("ddd4", "index orders", "ccc3")));
    }

    /** root <- a1 (label alpha) <- a2 and root <- b1 (label beta) <- b2. */
    static RevisionGraph branched() {
        return RevisionGraph.of(List.of(
                rev("root", "init"),
                labeled("a1", "alpha", "add users", "root"),
                rev("a2", "add email", "a1"),
                labeled("b1", "beta", "add orders", "root"),
                rev("b2", "add order lines", "b1")));
    }

    /** root <- a1, root <- b1, and m merging a1 and b1. */
    static RevisionGraph merged() {
        return RevisionGraph.of(List.of(
                rev("root", "init"),
                rev("a1", "add users", "root"),
                rev("b1", "add orders", "root"),
                rev("m", "merge users and orders", "a1", "b1")));
    }

    /** root <- b1 which depends on x2, with root <- x1 <- x2 on another branch. */
    static RevisionGraph withDependency() {
        return RevisionGraph.of(List.of(
                rev("root", "init"),
                dependent("b1", List.of("x2"), "add orders", "root"),
                rev("x1", "add users", "root"),
                rev("x2", "add email", "x1")));
    }

    static List<String> ids(List<RevisionNode> nodes) {
        return nodes.stream().map(RevisionNode::id).toList();
    }

    static List<String> ids(MigrationPlan plan) {
        return plan.steps().stream().map(step -> step.revision().id()).toList();
    }
}
