package io.retort.engine;

import static io.retort.migration.ColumnTypes.text;
import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.Ops;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A revision failing halfway: nothing of it stays, the error names it and its statement, and a fix goes on. */
class FailingRevisionTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void failingStatementLeavesThePreviousRevisionIntact(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort broken = Retort.of(chain(op -> op.execute("INSERT INTO no_such_table (x) VALUES (1)")), backend.dialect(),
                    db.pool(), RetortOptions.defaults());

            MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                    () -> broken.upgrade("head").await().indefinitely());

            assertEquals("g003", failure.revision());
            assertTrue(failure.getMessage().contains("g003 (half-applied)"), failure.getMessage());
            assertTrue(failure.getMessage().contains("no_such_table"), failure.getMessage());
            assertTrue(failure.statement().contains("INSERT INTO no_such_table"), failure.statement());
            assertEquals(Set.of("g002"), broken.current().await().indefinitely());
            assertEquals(2, broken.history().await().indefinitely().size());
            if (backend == Backend.MARIADB) {
                // DDL commits as it runs: the first two statements stay, recorded as done, and the fix goes on after them.
                assertTrue(failure.getMessage().contains("at statement 3 of 3"), failure.getMessage());
                assertTrue(failure.getMessage().contains("statements 1-2 took effect"), failure.getMessage());
                assertTrue(failure.getMessage().contains("goes on from statement 3"), failure.getMessage());
                assertEquals(2, count(db, "SELECT COUNT(*) FROM retort_progress WHERE revision = 'g003' AND state = 'done'"));
                assertTrue(broken.introspect().await().indefinitely().table("half").isPresent(), "statement 1 stays applied");
            } else {
                assertTrue(failure.getMessage().contains("still at revision g002"), failure.getMessage());
                assertSameSchema(backend.dialect().canonical(broken.chain().schemaAt(Set.of("g002"))),
                        backend.dialect().canonical(broken.introspect().await().indefinitely()), "after the failure");
            }

            Retort fixed = Retort.of(chain(op -> op.execute("INSERT INTO t1 (id, name) VALUES (1, 'fixed')")),
                    backend.dialect(), db.pool(), RetortOptions.defaults());
            MigrationResult result = fixed.upgrade("head").await().indefinitely();

            assertEquals(List.of("g003", "g004"), result.steps().stream().map(AppliedStep::revision).toList());
            assertEquals(Set.of("g004"), fixed.current().await().indefinitely());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM t1"));
            assertSameSchema(backend.dialect().canonical(fixed.chain().schemaAt(Set.of("g004"))),
                    backend.dialect().canonical(fixed.introspect().await().indefinitely()), "after the fix");
        }
    }

    /** g001, g002, then g003 (creates a table, adds a column, then runs {@code last}), then g004. */
    private static List<LoadedRevision> chain(Consumer<Ops> last) {
        List<LoadedRevision> revisions = new ArrayList<>(GeneratedChain.linear(2));
        revisions.add(GeneratedChain.revision("g003", "g002", "half-applied", op -> {
            op.createTable("half", t -> t.column("x", text()));
            op.addColumn("t1", "extra", text());
            last.accept(op);
        }, op -> {
            op.dropColumn("t1", "extra");
            op.dropTable("half");
        }));
        revisions.add(GeneratedChain.revision("g004", "g003", "after", op -> op.addColumn("t2", "more", text()),
                op -> op.dropColumn("t2", "more")));
        return revisions;
    }
}
