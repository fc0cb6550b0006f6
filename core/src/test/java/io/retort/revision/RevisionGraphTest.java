package io.retort.revision;

import static io.retort.revision.Graphs.ids;
import static io.retort.revision.Graphs.labeled;
import static io.retort.revision.Graphs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    @Test
    void nodeDefaultsNullsToEmptyAndSourceToId() {
        RevisionNode node = new RevisionNode("a1", null, null, null, null, null);
        assertEquals(List.of(), node.parents());
        assertEquals(List.of(), node.dependsOn());
        assertEquals(Set.of(), node.branchLabels());
        assertEquals("", node.message());
        assertEquals("a1", node.source());
        assertTrue(node.isBase());
        assertFalse(node.isMerge());
    }

    @Test
    void nodeCopiesItsCollections() {
        List<String> parents = new ArrayList<>(List.of("p1"));
        RevisionNode node = new RevisionNode("a1", parents, List.of(), Set.of(), "m", "S");
        parents.add("p2");
        assertEquals(List.of("p1"), node.parents());
        assertThrows(UnsupportedOperationException.class, () -> node.parents().add("x"));
        assertTrue(RevisionNode.of("m", "a", "b").isMerge());
    }

    @Test
    void emptyGraphHasNoHeadsOrBases() {
        RevisionGraph graph = RevisionGraph.of(List.of());
        assertEquals(Set.of(), graph.heads());
        assertEquals(Set.of(), graph.bases());
        assertEquals(List.of(), graph.ordered());
        assertEquals(Set.of(), graph.resolve("heads", Set.of()));
        assertTrue(graph.upgradePlan(Set.of(), "heads").isEmpty());
    }

    @Test
    void linearChainHasOneHeadAndOneBase() {
        RevisionGraph graph = Graphs.linear();
        assertEquals(Set.of("ddd4"), graph.heads());
        assertEquals(Set.of("aaa1"), graph.bases());
        assertEquals("ddd4", graph.singleHead());
        assertEquals(Set.of(), graph.branchPoints());
        assertEquals(Set.of(), graph.mergePoints());
    }

    @Test
    void linearChainIsOrderedParentsFirstWhateverTheInputOrder() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                rev("ddd4", "", "ccc3"), rev("bbb2", "", "aaa1"), rev("aaa1", ""), rev("ccc3", "", "bbb2")));
        assertEquals(List.of("aaa1", "bbb2", "ccc3", "ddd4"), ids(graph.ordered()));
        assertEquals(List.of("ddd4", "ccc3", "bbb2", "aaa1"), ids(graph.historyOrder()));
    }

    @Test
    void getReturnsExactIdOnly() {
        RevisionGraph graph = Graphs.linear();
        assertEquals("add orders", graph.get("ccc3").message());
        assertTrue(graph.contains("ccc3"));
        assertFalse(graph.contains("ccc"));
        UnknownRevisionException error = assertThrows(UnknownRevisionException.class, () -> graph.get("ccc"));
        assertTrue(error.getMessage().contains("'ccc'"), error.getMessage());
    }

    @Test
    void branchedGraphHasTwoHeadsAndABranchPoint() {
        RevisionGraph graph = Graphs.branched();
        assertEquals(Set.of("a2", "b2"), graph.heads());
        assertEquals(Set.of("root"), graph.bases());
        assertEquals(Set.of("root"), graph.branchPoints());
        assertEquals(List.of("root", "a1", "a2", "b1", "b2"), ids(graph.ordered()));
        assertEquals(List.of("a2", "b2"), List.copyOf(graph.heads()));
    }

    @Test
    void labeledBranchesLeaveNoUnlabeledHeads() {
        assertEquals(List.of(), Graphs.branched().unlabeledHeads());
    }

    @Test
    void unlabeledHeadsListsHeadsWhoseLineHasNoLabel() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                rev("root", ""),
                labeled("a1", "alpha", "", "root"), rev("a2", "", "a1"),
                rev("b1", "", "root"), rev("b2", "", "b1")));
        assertEquals(List.of("b2"), graph.unlabeledHeads());
    }

    @Test
    void labelBelowTheBranchPointDoesNotLabelEitherHead() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                labeled("root", "main", ""), rev("a1", "", "root"), rev("b1", "", "root")));
        assertEquals(List.of("a1", "b1"), graph.unlabeledHeads());
    }

    @Test
    void singleHeadHasNoUnlabeledHeads() {
        assertEquals(List.of(), Graphs.linear().unlabeledHeads());
    }

    @Test
    void mergeIsAMergePointAndTheOnlyHead() {
        RevisionGraph graph = Graphs.merged();
        assertEquals(Set.of("m"), graph.mergePoints());
        assertEquals(Set.of("root"), graph.branchPoints());
        assertEquals("m", graph.singleHead());
        assertTrue(graph.get("m").isMerge());
    }

    @Test
    void appliedSetFollowsParentsAndDependencies() {
        RevisionGraph graph = Graphs.withDependency();
        assertEquals(Set.of("root", "x1", "x2", "b1"), graph.appliedSet(Set.of("b1")));
        assertEquals(Set.of("root", "a1", "a2"), Graphs.branched().appliedSet(Set.of("a2")));
    }

    @Test
    void versionRowsKeepDependencyHeads() {
        RevisionGraph graph = Graphs.withDependency();
        assertEquals(Set.of("x2", "b1"), graph.versionRowsOf(graph.appliedSet(Set.of("b1"))));
    }

    @Test
    void versionRowsOfAMergeAreJustTheMerge() {
        RevisionGraph graph = Graphs.merged();
        assertEquals(Set.of("m"), graph.versionRowsOf(Set.of("root", "a1", "b1", "m")));
        assertEquals(Set.of("a1", "b1"), graph.versionRowsOf(Set.of("root", "a1", "b1")));
    }

    @Test
    void dependencyIsOrderedBeforeItsDependent() {
        assertEquals(List.of("root", "x1", "x2", "b1"), ids(Graphs.withDependency().ordered()));
    }

    @Test
    void orderingIsDeterministic() {
        List<RevisionNode> nodes = new ArrayList<>(List.of(
                rev("root", ""), rev("c1", "", "root"), rev("b1", "", "root"), rev("a1", "", "root"),
                rev("m", "", "c1", "a1")));
        List<String> first = ids(RevisionGraph.of(nodes).ordered());
        java.util.Collections.reverse(nodes);
        assertEquals(first, ids(RevisionGraph.of(nodes).ordered()));
    }

    @Test
    void longHistoryDoesNotOverflowTheStack() {
        List<RevisionNode> nodes = new ArrayList<>();
        nodes.add(RevisionNode.of("r0"));
        for (int i = 1; i < 20_000; i++) {
            nodes.add(RevisionNode.of("r" + i, "r" + (i - 1)));
        }
        RevisionGraph graph = RevisionGraph.of(nodes);
        assertEquals("r19999", graph.singleHead());
        assertEquals(20_000, graph.upgradePlan(Set.of(), "head").steps().size());
    }
}
