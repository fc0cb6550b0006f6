package io.retort.revision;

import static io.retort.revision.Graphs.dependent;
import static io.retort.revision.Graphs.labeled;
import static io.retort.revision.Graphs.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RevisionGraphErrorsTest {

    private final RevisionGraph linear = Graphs.linear();
    private final RevisionGraph branched = Graphs.branched();

    private static void assertMentions(RuntimeException error, String... words) {
        for (String word : words) {
            assertTrue(error.getMessage().contains(word), () -> "expected '" + word + "' in: " + error.getMessage());
        }
    }

    private static <T extends RevisionException> T expect(Class<T> type, Executable action) {
        return assertThrows(type, action);
    }

    @Test
    void cycleThroughParentsNamesTheRevisionsInOrder() {
        CycleException error = expect(CycleException.class, () -> RevisionGraph.of(List.of(
                rev("a", "", "c"), rev("b", "", "a"), rev("c", "", "b"))));
        assertEquals(List.of("a", "c", "b"), error.revisions());
        assertMentions(error, "a (V_a) -> c (V_c) -> b (V_b) -> a", "break the cycle");
    }

    @Test
    void cycleThroughDependenciesIsFound() {
        CycleException error = expect(CycleException.class, () -> RevisionGraph.of(List.of(
                rev("root", ""),
                dependent("a1", List.of("b1"), "", "root"),
                dependent("b1", List.of("a1"), "", "root"))));
        assertEquals(Set.of("a1", "b1"), Set.copyOf(error.revisions()));
    }

    @Test
    void revisionThatIsItsOwnParentIsACycle() {
        CycleException error = expect(CycleException.class, () -> RevisionGraph.of(List.of(rev("a", "", "a"))));
        assertEquals(List.of("a"), error.revisions());
    }

    @Test
    void unknownParentNamesTheReferringRevision() {
        UnknownRevisionException error = expect(UnknownRevisionException.class, () -> RevisionGraph.of(List.of(
                rev("a1", ""), rev("b2", "", "zz9"))));
        assertEquals(List.of("zz9", "b2"), error.revisions());
        assertMentions(error, "b2 (V_b2)", "parent zz9", "does not exist");
    }

    @Test
    void unknownDependencyNamesTheReferringRevision() {
        UnknownRevisionException error = expect(UnknownRevisionException.class, () -> RevisionGraph.of(List.of(
                rev("a1", ""), dependent("b2", List.of("qq"), "", "a1"))));
        assertMentions(error, "b2 (V_b2)", "dependency qq", "fix or remove the dependency");
    }

    @Test
    void duplicateIdNamesBothSources() {
        DuplicateRevisionException error = expect(DuplicateRevisionException.class, () -> RevisionGraph.of(List.of(
                new RevisionNode("a1", List.of(), List.of(), Set.of(), "", "V1__Users"),
                new RevisionNode("a1", List.of(), List.of(), Set.of(), "", "V2__Orders"))));
        assertEquals(List.of("a1"), error.revisions());
        assertMentions(error, "a1", "V1__Users", "V2__Orders", "new id");
    }

    @Test
    void duplicateLabelNamesBothRevisions() {
        DuplicateRevisionException error = expect(DuplicateRevisionException.class, () -> RevisionGraph.of(List.of(
                labeled("a1", "shop", ""), labeled("b1", "shop", ""))));
        assertEquals(List.of("a1", "b1"), error.revisions());
        assertMentions(error, "'shop'", "a1 (V_a1)", "b1 (V_b1)", "remove it from one");
    }

    @Test
    void labelEqualToAnIdIsRejected() {
        DuplicateRevisionException error = expect(DuplicateRevisionException.class, () -> RevisionGraph.of(List.of(
                rev("a1", ""), labeled("b1", "a1", "", "a1"))));
        assertMentions(error, "'a1'", "b1", "rename the label");
    }

    @Test
    void malformedIdIsRejectedWithItsSource() {
        RevisionException error = expect(RevisionException.class, () -> RevisionGraph.of(List.of(rev("a-1", ""))));
        assertMentions(error, "'a-1'", "V_a-1", "letters, digits and '_'");
    }

    @Test
    void reservedIdIsRejected() {
        RevisionException error = expect(RevisionException.class, () -> RevisionGraph.of(List.of(rev("heads", ""))));
        assertMentions(error, "'heads'", "reserved");
    }

    @Test
    void ambiguousPrefixListsTheMatches() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("abc1", "users"), rev("abc2", "orders", "abc1")));
        AmbiguousRevisionException error = expect(AmbiguousRevisionException.class,
                () -> graph.resolve("abc", Set.of()));
        assertEquals(List.of("abc1", "abc2"), error.revisions());
        assertMentions(error, "'abc'", "abc1 (users)", "abc2 (orders)", "more characters");
    }

    @Test
    void unknownTargetNamesTheText() {
        UnknownRevisionException error = expect(UnknownRevisionException.class,
                () -> linear.resolve("zzz", Set.of()));
        assertEquals(List.of("zzz"), error.revisions());
        assertMentions(error, "'zzz'");
    }

    @Test
    void unknownLabelListsTheKnownLabels() {
        UnknownRevisionException error = expect(UnknownRevisionException.class,
                () -> branched.resolve("gamma@head", Set.of()));
        assertMentions(error, "'gamma'", "alpha, beta");
    }

    @Test
    void headWithSeveralHeadsListsThemAndTheWaysOut() {
        MultipleHeadsException error = expect(MultipleHeadsException.class, () -> branched.resolve("head", Set.of()));
        assertEquals(List.of("a2", "b2"), error.revisions());
        assertEquals("2 heads: a2 (add email), b2 (add order lines) — a single target is needed: name one, use "
                + "'heads', or merge them with retort:merge.", error.getMessage());
    }

    @Test
    void upgradeToHeadWithSeveralHeadsFails() {
        expect(MultipleHeadsException.class, () -> branched.upgradePlan(Set.of(), "head"));
    }

    @Test
    void labelAtHeadWithSeveralHeadsAboveTheLabelFails() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                labeled("root", "main", ""), rev("a1", "", "root"), rev("b1", "", "root")));
        MultipleHeadsException error = expect(MultipleHeadsException.class,
                () -> graph.resolve("main@head", Set.of()));
        assertMentions(error, "'main'", "a1", "b1", "retort:merge");
    }

    @Test
    void minusNBelowBaseSaysHowFarBaseIs() {
        BelowBaseException error = expect(BelowBaseException.class, () -> linear.resolve("-5", Set.of("ddd4")));
        assertEquals(List.of("ddd4"), error.revisions());
        assertMentions(error, "below base", "ddd4 (index orders)", "only 4 steps above base");
    }

    @Test
    void revMinusNBelowBaseIsReported() {
        BelowBaseException error = expect(BelowBaseException.class, () -> linear.resolve("bbb2-3", Set.of()));
        assertMentions(error, "bbb2", "only 2 steps above base");
    }

    @Test
    void minusOneAtBaseIsBelowBase() {
        expect(BelowBaseException.class, () -> linear.downgradePlan(Set.of(), "-1"));
    }

    @Test
    void upgradeToAnOlderRevisionSaysUseDowngrade() {
        InvalidTargetException error = expect(InvalidTargetException.class,
                () -> linear.upgradePlan(Set.of("ddd4"), "bbb2"));
        assertEquals(List.of("bbb2", "ddd4"), error.revisions());
        assertMentions(error, "bbb2 (add email)", "below the current revision ddd4", "use downgrade");
    }

    @Test
    void upgradeWithMinusNSaysUseDowngrade() {
        InvalidTargetException error = expect(InvalidTargetException.class,
                () -> linear.upgradePlan(Set.of("ddd4"), "-1"));
        assertMentions(error, "'-1'", "use downgrade -1");
    }

    @Test
    void downgradeWithPlusNSaysUseUpgrade() {
        InvalidTargetException error = expect(InvalidTargetException.class,
                () -> linear.downgradePlan(Set.of("aaa1"), "+1"));
        assertMentions(error, "'+1'", "use upgrade +1");
    }

    @Test
    void downgradeToARevisionNotAppliedSaysUseUpgrade() {
        InvalidTargetException error = expect(InvalidTargetException.class,
                () -> linear.downgradePlan(Set.of("aaa1"), "ccc3"));
        assertEquals(List.of("ccc3"), error.revisions());
        assertMentions(error, "ccc3 (add orders)", "not applied", "aaa1 (create users)", "use upgrade");
    }

    @Test
    void downgradeMinusOneWithSeveralRowsAsksForTheBranch() {
        InvalidTargetException error = expect(InvalidTargetException.class,
                () -> branched.downgradePlan(Set.of("a2", "b2"), "-1"));
        assertEquals(List.of("a2", "b2"), error.revisions());
        assertMentions(error, "a2 (add email)", "b2 (add order lines)", "alpha@-1", "beta@-1", "name the branch");
    }

    @Test
    void downgradeMinusTwoThroughAMergeAsksForAParent() {
        InvalidTargetException error = expect(InvalidTargetException.class,
                () -> Graphs.merged().downgradePlan(Set.of("m"), "-2"));
        assertMentions(error, "merge m", "a1 (add users)", "b1 (add orders)", "by id");
    }

    @Test
    void plusPastHeadNamesTheHead() {
        InvalidTargetException error = expect(InvalidTargetException.class,
                () -> linear.upgradePlan(Set.of("ddd4"), "+1"));
        assertMentions(error, "past head ddd4", "already there");
    }

    @Test
    void plusWithoutANumberIsMalformed() {
        InvalidTargetException error = expect(InvalidTargetException.class, () -> linear.resolve("+x", Set.of()));
        assertMentions(error, "'+x'", "whole number");
    }

    @Test
    void labelFormWithoutALabelIsMalformed() {
        InvalidTargetException error = expect(InvalidTargetException.class, () -> linear.resolve("@head", Set.of()));
        assertMentions(error, "'@head'", "no branch label", "label@head");
    }

    @Test
    void emptyTargetIsMalformed() {
        InvalidTargetException error = expect(InvalidTargetException.class, () -> linear.resolve("", Set.of()));
        assertMentions(error, "empty", "head, heads, base");
        expect(InvalidTargetException.class, () -> linear.resolve(null, Set.of()));
    }

    @Test
    void targetWithForbiddenCharactersIsMalformed() {
        InvalidTargetException error = expect(InvalidTargetException.class, () -> linear.resolve("a.b", Set.of()));
        assertMentions(error, "'a.b'", "letters, digits and '_'");
    }

    @Test
    void unknownWordAfterAtIsMalformed() {
        InvalidTargetException error = expect(InvalidTargetException.class,
                () -> branched.resolve("alpha@top", Set.of()));
        assertMentions(error, "'alpha@top'", "head, base, +N or -N");
    }

    @Test
    void zeroStepsIsMalformed() {
        expect(InvalidTargetException.class, () -> linear.resolve("+0", Set.of("aaa1")));
    }

    @Test
    void unknownVersionRowIsReported() {
        UnknownRevisionException error = expect(UnknownRevisionException.class,
                () -> linear.upgradePlan(Set.of("gone1"), "head"));
        assertMentions(error, "'gone1'", "no migration defines");
    }

    @Test
    void singleHeadOfAnEmptyGraphSaysThereAreNoRevisions() {
        RevisionException error = expect(RevisionException.class, () -> RevisionGraph.of(List.of()).singleHead());
        assertMentions(error, "no revisions");
    }
}
