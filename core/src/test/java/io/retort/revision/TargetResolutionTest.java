package io.retort.revision;

import static io.retort.revision.Graphs.labeled;
import static io.retort.revision.Graphs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetResolutionTest {

    private final RevisionGraph linear = Graphs.linear();
    private final RevisionGraph branched = Graphs.branched();

    @Test
    void headIsTheSingleHead() {
        assertEquals(Set.of("ddd4"), linear.resolve("head", Set.of()));
    }

    @Test
    void baseIsTheEmptySet() {
        assertEquals(Set.of(), linear.resolve("base", Set.of("ccc3")));
    }

    @Test
    void headsAreAllHeads() {
        assertEquals(Set.of("a2", "b2"), branched.resolve("heads", Set.of()));
    }

    @Test
    void fullIdResolvesToItself() {
        assertEquals(Set.of("bbb2"), linear.resolve("bbb2", Set.of()));
    }

    @Test
    void uniquePrefixResolvesToTheRevision() {
        assertEquals(Set.of("ccc3"), linear.resolve("cc", Set.of()));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertEquals(Set.of("ccc3"), linear.resolve("  ccc3 ", Set.of()));
    }

    @Test
    void branchLabelAloneResolvesToTheLabeledRevision() {
        assertEquals(Set.of("b1"), branched.resolve("beta", Set.of()));
    }

    @Test
    void labelAtHeadIsTheHeadOfThatBranch() {
        assertEquals(Set.of("a2"), branched.resolve("alpha@head", Set.of()));
        assertEquals(Set.of("b2"), branched.resolve("beta@head", Set.of("a2")));
    }

    @Test
    void labelAtBaseIsTheLowestRevisionOfThatLine() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                rev("root", ""), rev("b1", "", "root"), labeled("b2", "beta", "", "b1"), rev("b3", "", "b2"),
                rev("a1", "", "root")));
        assertEquals(Set.of("b1"), graph.resolve("beta@base", Set.of()));
    }

    @Test
    void plusNStepsUpFromTheCurrentRow() {
        assertEquals(Set.of("ccc3"), linear.resolve("+2", Set.of("aaa1")));
    }

    @Test
    void plusOneFromBaseIsTheBase() {
        assertEquals(Set.of("aaa1"), linear.resolve("+1", Set.of()));
    }

    @Test
    void minusNStepsDownFromTheCurrentRow() {
        assertEquals(Set.of("bbb2"), linear.resolve("-2", Set.of("ddd4")));
    }

    @Test
    void minusNLandingExactlyOnBaseIsTheEmptySet() {
        assertEquals(Set.of(), linear.resolve("-4", Set.of("ddd4")));
    }

    @Test
    void revPlusNStepsUpFromThatRevision() {
        assertEquals(Set.of("ddd4"), linear.resolve("bbb2+2", Set.of()));
    }

    @Test
    void revMinusNStepsDownFromThatRevision() {
        assertEquals(Set.of("aaa1"), linear.resolve("cc-2", Set.of("ddd4")));
    }

    @Test
    void headMinusOneIsTheParentOfTheHead() {
        assertEquals(Set.of("ccc3"), linear.resolve("head-1", Set.of()));
    }

    @Test
    void labelPlusNStepsAlongThatBranch() {
        assertEquals(Set.of("a2"), branched.resolve("alpha+1", Set.of()));
        assertEquals(Set.of("a1"), branched.resolve("alpha@+1", Set.of("root")));
    }

    @Test
    void labelRelativeCountsFromTheBranchRow() {
        assertEquals(Set.of("b1"), branched.resolve("beta@-1", Set.of("a2", "b2")));
        assertEquals(Set.of("b2"), branched.resolve("beta@+1", Set.of("a2", "b1")));
    }

    @Test
    void labelPlusNOnAnUnappliedBranchCountsFromItsBase() {
        assertEquals(Set.of("b1"), branched.resolve("beta@+1", Set.of("a2")));
        assertEquals(Set.of("b2"), branched.resolve("beta@+2", Set.of("a2")));
    }

    @Test
    void plusOneAtABranchPointNamesBothChildren() {
        MultipleHeadsException error = assertThrows(MultipleHeadsException.class,
                () -> branched.resolve("+1", Set.of("root")));
        assertEquals(List.of("a1", "b1"), error.revisions());
        assertTrue(error.getMessage().contains("a1 (add users)"), error.getMessage());
        assertTrue(error.getMessage().contains("b1 (add orders)"), error.getMessage());
        assertTrue(error.getMessage().contains("label@+N"), error.getMessage());
    }

    @Test
    void minusOneFromAMergeGivesBothParents() {
        assertEquals(Set.of("a1", "b1"), Graphs.merged().resolve("-1", Set.of("m")));
    }

    @Test
    void plusPastTheHeadNamesTheHead() {
        InvalidTargetException error = assertThrows(InvalidTargetException.class,
                () -> linear.resolve("+3", Set.of("bbb2")));
        assertTrue(error.getMessage().contains("ddd4 (index orders)"), error.getMessage());
        assertTrue(error.getMessage().contains("only 2 steps above bbb2"), error.getMessage());
        assertEquals(List.of("ddd4"), error.revisions());
    }

    @Test
    void relativeStepWithSeveralRowsAsksForTheBranch() {
        InvalidTargetException error = assertThrows(InvalidTargetException.class,
                () -> branched.resolve("+1", Set.of("a1", "b1")));
        assertTrue(error.getMessage().contains("alpha@+1"), error.getMessage());
        assertTrue(error.getMessage().contains("beta@+1"), error.getMessage());
    }

    @Test
    void rowsMayBeGivenAsAnyAppliedRevisions() {
        // Ancestors of a row are not rows themselves, so +1 is not ambiguous here.
        assertEquals(Set.of("ccc3"), linear.resolve("+1", Set.of("aaa1", "bbb2")));
    }
}
