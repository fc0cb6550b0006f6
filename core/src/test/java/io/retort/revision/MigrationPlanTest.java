package io.retort.revision;

import static io.retort.revision.Graphs.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MigrationPlanTest {

    private final RevisionGraph linear = Graphs.linear();
    private final RevisionGraph branched = Graphs.branched();
    private final RevisionGraph merged = Graphs.merged();

    @Test
    void upgradeFromBaseToHeadAppliesEveryRevisionInOrder() {
        MigrationPlan plan = linear.upgradePlan(Set.of(), "head");
        assertEquals(Direction.UPGRADE, plan.direction());
        assertEquals(List.of("aaa1", "bbb2", "ccc3", "ddd4"), ids(plan));
        assertEquals(Set.of(), plan.from());
        assertEquals(Set.of("ddd4"), plan.to());
        Step second = plan.steps().get(1);
        assertEquals(Set.of("aaa1"), second.headsBefore());
        assertEquals(Set.of("bbb2"), second.headsAfter());
        assertEquals(Direction.UPGRADE, second.direction());
    }

    @Test
    void downgradeFromHeadToBaseUnappliesNewestFirst() {
        MigrationPlan plan = linear.downgradePlan(Set.of("ddd4"), "base");
        assertEquals(Direction.DOWNGRADE, plan.direction());
        assertEquals(List.of("ddd4", "ccc3", "bbb2", "aaa1"), ids(plan));
        assertEquals(Set.of(), plan.to());
        Step last = plan.steps().get(3);
        assertEquals(Set.of("aaa1"), last.headsBefore());
        assertEquals(Set.of(), last.headsAfter());
    }

    @Test
    void upgradePlusNAppliesNRevisions() {
        assertEquals(List.of("bbb2", "ccc3"), ids(linear.upgradePlan(Set.of("aaa1"), "+2")));
    }

    @Test
    void downgradeMinusNUnappliesNRevisions() {
        MigrationPlan plan = linear.downgradePlan(Set.of("ddd4"), "-2");
        assertEquals(List.of("ddd4", "ccc3"), ids(plan));
        assertEquals(Set.of("bbb2"), plan.to());
    }

    @Test
    void upgradeToTheCurrentRevisionIsEmpty() {
        MigrationPlan plan = linear.upgradePlan(Set.of("ddd4"), "head");
        assertTrue(plan.isEmpty());
        assertEquals(Set.of("ddd4"), plan.to());
    }

    @Test
    void downgradeToTheCurrentRevisionIsEmpty() {
        assertTrue(linear.downgradePlan(Set.of("ccc3"), "ccc3").isEmpty());
    }

    @Test
    void upgradeOneBranchKeepsTheOtherBranchRow() {
        MigrationPlan plan = branched.upgradePlan(Set.of("a2"), "beta@head");
        assertEquals(List.of("b1", "b2"), ids(plan));
        assertEquals(Set.of("a2"), plan.steps().get(0).headsBefore());
        assertEquals(Set.of("a2", "b1"), plan.steps().get(0).headsAfter());
        assertEquals(Set.of("a2", "b2"), plan.to());
    }

    @Test
    void upgradeToHeadsAppliesBothBranches() {
        MigrationPlan plan = branched.upgradePlan(Set.of(), "heads");
        assertEquals(List.of("root", "a1", "a2", "b1", "b2"), ids(plan));
        assertEquals(Set.of("a2", "b2"), plan.to());
    }

    @Test
    void downgradeLabelMinusOneOnlyTouchesThatBranch() {
        MigrationPlan plan = branched.downgradePlan(Set.of("a2", "b2"), "beta@-1");
        assertEquals(List.of("b2"), ids(plan));
        assertEquals(Set.of("a2", "b1"), plan.to());
    }

    @Test
    void downgradeLabelPastItsBranchRemovesTheWholeBranch() {
        MigrationPlan plan = branched.downgradePlan(Set.of("a2", "b2"), "beta@-2");
        assertEquals(List.of("b2", "b1"), ids(plan));
        assertEquals(Set.of("a2"), plan.to());
    }

    @Test
    void downgradeToARevisionKeepsUnrelatedBranches() {
        MigrationPlan plan = branched.downgradePlan(Set.of("a2", "b2"), "a1");
        assertEquals(List.of("a2"), ids(plan));
        assertEquals(Set.of("a1", "b2"), plan.to());
    }

    @Test
    void upgradeThroughAMergeReplacesBothParentsWithTheMerge() {
        MigrationPlan plan = merged.upgradePlan(Set.of(), "head");
        assertEquals(List.of("root", "a1", "b1", "m"), ids(plan));
        Step merge = plan.steps().get(3);
        assertEquals(Set.of("a1", "b1"), merge.headsBefore());
        assertEquals(Set.of("m"), merge.headsAfter());
    }

    @Test
    void upgradeToAMergeFromOneParentAppliesTheOtherParentFirst() {
        assertEquals(List.of("b1", "m"), ids(merged.upgradePlan(Set.of("a1"), "m")));
    }

    @Test
    void downgradeFromAMergeRestoresBothParents() {
        MigrationPlan plan = merged.downgradePlan(Set.of("m"), "-1");
        assertEquals(List.of("m"), ids(plan));
        assertEquals(Set.of("a1", "b1"), plan.steps().get(0).headsAfter());
        assertEquals(Set.of("a1", "b1"), plan.to());
    }

    @Test
    void downgradeFromAMergeToOneParentKeepsTheOther() {
        MigrationPlan plan = merged.downgradePlan(Set.of("m"), "a1");
        assertEquals(List.of("m"), ids(plan));
        assertEquals(Set.of("a1", "b1"), plan.to());
    }

    @Test
    void dependencyIsAppliedBeforeTheRevisionThatNeedsIt() {
        RevisionGraph graph = Graphs.withDependency();
        MigrationPlan plan = graph.upgradePlan(Set.of(), "b1");
        assertEquals(List.of("root", "x1", "x2", "b1"), ids(plan));
        assertEquals(Set.of("x2", "b1"), plan.to());
    }

    @Test
    void downgradingADependencyFirstRemovesWhatDependsOnIt() {
        RevisionGraph graph = Graphs.withDependency();
        MigrationPlan plan = graph.downgradePlan(Set.of("x2", "b1"), "x1");
        assertEquals(List.of("b1", "x2"), ids(plan));
        assertEquals(Set.of("x1"), plan.to());
    }

    @Test
    void stepsChainTheirRows() {
        MigrationPlan plan = branched.upgradePlan(Set.of(), "heads");
        for (int i = 1; i < plan.steps().size(); i++) {
            assertEquals(plan.steps().get(i - 1).headsAfter(), plan.steps().get(i).headsBefore());
        }
        assertEquals(plan.to(), plan.steps().get(plan.steps().size() - 1).headsAfter());
    }

    @Test
    void planCollectionsAreImmutable() {
        MigrationPlan plan = linear.upgradePlan(Set.of(), "head");
        assertThrows(UnsupportedOperationException.class, () -> plan.steps().clear());
        assertThrows(UnsupportedOperationException.class, () -> plan.to().clear());
    }
}
