package io.retort.revision;

import static io.retort.revision.Graphs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A squash and the revisions it replaces, as the graph sees them: a new database and one past the
 * run follow the squash; one partway through follows the replaced revisions; the version row of the
 * last replaced revision stands for the squash; broken squashes are refused, naming the revisions.
 */
class SquashViewsTest {

    private static RevisionNode squash(String id, List<String> replaces, String... parents) {
        return new RevisionNode(id, List.of(parents), List.of(), Set.of(), "squash", "V_" + id, replaces);
    }

    /** base0 <- r1 <- r2 <- r3 <- next4, with sq squashing r1..r3 from base0. */
    private static RevisionGraph squashed(boolean replacedPresent) {
        List<RevisionNode> nodes = new java.util.ArrayList<>(List.of(rev("base0", "init"), squash("sq", List.of("r1", "r2", "r3"), "base0"),
                rev("next4", "after", "r3")));
        if (replacedPresent) {
            nodes.addAll(List.of(rev("r1", "one", "base0"), rev("r2", "two", "r1"), rev("r3", "three", "r2")));
        }
        return RevisionGraph.of(nodes);
    }

    @Test
    void aNewDatabaseFollowsTheSquash() {
        RevisionGraph graph = squashed(true);
        assertEquals(Set.of("next4"), graph.heads());
        assertTrue(!graph.contains("r2") && graph.contains("sq"));
        assertEquals(List.of("base0", "sq", "next4"), graph.upgradePlan(Set.of(), "head").steps().stream().map(s -> s.revision().id()).toList());
        assertEquals(List.of("sq"), graph.get("next4").parents());
    }

    @Test
    void aDatabasePartwayGoesOnThroughTheReplacedRevisions() {
        RevisionGraph graph = squashed(true);
        RevisionGraph view = graph.viewFor(Set.of("r1"));
        assertTrue(view.contains("r2") && !view.contains("sq"));
        assertEquals(List.of("r2", "r3", "next4"), view.upgradePlan(Set.of("r1"), "head").steps().stream().map(s -> s.revision().id()).toList());
        assertSame(view, graph.viewFor(Set.of("r2")), "one view per set of unfinished squashes");
        assertEquals(Set.of("r3"), view.canonicalRows(Set.of("sq")));
    }

    @Test
    void theLastReplacedRevisionStandsForTheSquash() {
        for (boolean present : List.of(true, false)) {
            RevisionGraph graph = squashed(present);
            assertSame(graph, graph.viewFor(Set.of("r3")));
            assertEquals(Set.of("sq"), graph.canonicalRows(Set.of("r3")));
            assertEquals(List.of("next4"), graph.upgradePlan(graph.canonicalRows(Set.of("r3")), "head").steps().stream()
                    .map(s -> s.revision().id()).toList());
        }
    }

    @Test
    void replacedRevisionsMustAllStayOrAllGo() {
        RevisionException error = assertThrows(RevisionException.class, () -> RevisionGraph.of(List.of(rev("base0", "init"),
                squash("sq", List.of("r1", "r2"), "base0"), rev("r1", "one", "base0"))));
        assertTrue(error.getMessage().contains("r2 no longer exist") && error.getMessage().contains("retort:replaced"), error.getMessage());
    }

    @Test
    void aRevisionCannotFollowTheMiddleOfASquashedRun() {
        RevisionException error = assertThrows(RevisionException.class, () -> RevisionGraph.of(List.of(rev("base0", "init"),
                squash("sq", List.of("r1", "r2"), "base0"), rev("r1", "one", "base0"), rev("r2", "two", "r1"), rev("side", "x", "r1"))));
        assertTrue(error.getMessage().contains("Revision side") && error.getMessage().contains("partway"), error.getMessage());
    }

    @Test
    void theReplacedRevisionsMustBeTheRunFromTheSquashsParents() {
        RevisionException error = assertThrows(RevisionException.class, () -> RevisionGraph.of(List.of(rev("base0", "init"),
                rev("other", "o", "base0"), squash("sq", List.of("r1", "r2"), "base0"), rev("r1", "one", "other"), rev("r2", "two", "r1"))));
        assertTrue(error.getMessage().contains("r1 follows other where base0 was expected"), error.getMessage());
    }

    @Test
    void aSquashCannotReplaceASquash() {
        RevisionException error = assertThrows(RevisionException.class, () -> RevisionGraph.of(List.of(rev("base0", "init"),
                squash("sq", List.of("r1", "r2"), "base0"), squash("sq2", List.of("sq", "r3"), "base0"), rev("r3", "x", "sq"))));
        assertTrue(error.getMessage().contains("is itself a squash"), error.getMessage());
    }
}
