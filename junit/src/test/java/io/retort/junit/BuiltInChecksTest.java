package io.retort.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.retort.junit.fixtures.forgetful.ForgetfulSuite;
import io.retort.junit.fixtures.good.GoodOnMariaDbSuite;
import io.retort.junit.fixtures.good.GoodOnPostgresSuite;
import io.retort.junit.fixtures.good.GoodSuite;
import io.retort.junit.fixtures.twoheads.TwoHeadsSuite;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** The kit on sound revisions passes everything; each check fails on the mistake it is for, saying what to fix. */
class BuiltInChecksTest {

    private static Map<String, TestExecutionResult> run(Class<?> suite) {
        Map<String, TestExecutionResult> results = new TreeMap<>();
        EngineTestKit.engine(RetortTestEngine.ID).selectors(selectClass(suite)).execute().testEvents().finished().stream()
                .forEach((Event event) -> results.put(event.getTestDescriptor().getDisplayName(),
                        event.getPayload(TestExecutionResult.class).orElseThrow()));
        return results;
    }

    private static String failure(TestExecutionResult result) {
        return result.getThrowable().map(Throwable::getMessage).orElse("");
    }

    @Test
    void soundRevisionsPassEveryCheckOnSqlitePostgresAndMariaDb() {
        for (Class<?> suite : new Class<?>[] { GoodSuite.class, GoodOnPostgresSuite.class, GoodOnMariaDbSuite.class }) {
            Map<String, TestExecutionResult> results = run(suite);
            assertEquals(BuiltInChecks.names(), results.keySet(), "one test per check");
            results.forEach((check, result) -> assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(),
                    suite.getSimpleName() + " / " + check + ": " + failure(result)));
        }
    }

    @Test
    void twoHeadsFailTheSingleHeadCheckWithTheMergeCommand() {
        TestExecutionResult result = run(TwoHeadsSuite.class).get("single head");
        assertEquals(TestExecutionResult.Status.FAILED, result.getStatus());
        assertTrue(failure(result).contains("2 heads where 1 expected: t2 (left), t3 (right)")
                && failure(result).contains("retort:merge"), failure(result));
    }

    @Test
    void aDowngradeThatForgetsAnIndexFailsTheStairway() {
        Map<String, TestExecutionResult> results = run(ForgetfulSuite.class);
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, results.get("single head").getStatus());
        String stairway = failure(results.get("up/down stairway"));
        assertTrue(stairway.contains("Revision f2 (index items") && stairway.contains("does not restore")
                && stairway.contains("drop index ix_items_name"), stairway);
        assertEquals(TestExecutionResult.Status.FAILED, results.get("up/down stairway").getStatus());
    }

    @Test
    void anIndexBuiltUnderALockFailsTheLockRulesOnPostgres() {
        Map<String, TestExecutionResult> results = run(io.retort.junit.fixtures.unsafe.UnsafeOnPostgresSuite.class);
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, results.get("up/down stairway").getStatus());
        TestExecutionResult lock = results.get("lock rules");
        assertEquals(TestExecutionResult.Status.FAILED, lock.getStatus());
        assertTrue(failure(lock).startsWith("1 lock rule finding:\n  Revision u2 (index items): [add-index] create index ix_items_name"
                + " on items") && failure(lock).contains("@Allow(rule = "), failure(lock));
    }

    @Test
    void aDataMigrationThatLosesARowFailsItsFixture() {
        Map<String, TestExecutionResult> results = run(io.retort.junit.fixtures.lossy.LossySuite.class);
        TestExecutionResult fixtures = results.get("data fixtures");
        assertEquals(TestExecutionResult.Status.FAILED, fixtures.getStatus());
        assertTrue(failure(fixtures).contains("Revision l2 (move items to things) does not keep the data EveryItemBecomesAThing expects:"
                + " expected the 3 items as things, found 2"), failure(fixtures));
    }

    @Test
    void anEntityChangeWithoutARevisionFailsTheModelCheck() {
        TestExecutionResult model = run(io.retort.junit.fixtures.drift.DriftSuite.class).get("model matches schema");
        assertEquals(TestExecutionResult.Status.FAILED, model.getStatus());
        assertTrue(failure(model).contains("add column items.price integer") && failure(model).contains("retort:revision"),
                failure(model));
    }
}
