package io.retort.engine;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;
import io.retort.schema.Schema;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad inputs, table-driven: each gives an error naming what is wrong, and never a changed database. */
class BadInputsTest extends EngineSuite {

    /** Not annotated. */
    public static class Unannotated implements Migration {
        public void upgrade(Ops op) {
        }

        public void downgrade(Ops op) {
        }
    }

    /** Annotated but not a Migration. */
    @Revision(id = "notamigration")
    public static class NotAMigration {
    }

    /** Creates names that need quoting everywhere. */
    @Revision(id = "q1", message = "awkward names")
    public static class AwkwardNames implements Migration {
        public void upgrade(Ops op) {
            op.createTable("Order \"Lines\"", t -> t.column("select", integer(), notNull()).column("MixedCase Col", text())
                    .index("select", "MixedCase Col"));
        }

        public void downgrade(Ops op) {
            op.dropTable("Order \"Lines\"");
        }
    }

    private record Case(String what, Executable action, List<String> words) {
    }

    @Test
    void malformedRevisionsAndOptionsAreRefusedWithTheirNames() {
        List<Case> cases = List.of(
                new Case("class without @Revision", () -> Revisions.fromClass(Unannotated.class),
                        List.of("Unannotated", "is not annotated with @Revision")),
                new Case("@Revision on a non-Migration", () -> Revisions.fromClass(NotAMigration.class),
                        List.of("notamigration", "does not implement io.retort.migration.Migration")),
                new Case("reserved id", () -> RevisionChain.of(List.of(GeneratedChain.revision("head", null, "x", op -> { }, op -> { })),
                        Backend.SQLITE.dialect()), List.of("head")),
                new Case("unknown parent", () -> RevisionChain.of(List.of(GeneratedChain.revision("a1", "nosuch", "x", op -> { }, op -> { })),
                        Backend.SQLITE.dialect()), List.of("nosuch", "a1")),
                new Case("same version and history table", () -> RetortOptions.defaults().withTables("t", "t"), List.of("'t'")),
                new Case("zero lock timeout", () -> RetortOptions.defaults().withLockTimeout(Duration.ZERO),
                        List.of("lock timeout must be positive")));
        for (Case bad : cases) {
            Throwable failure = assertThrows(Throwable.class, bad.action(), bad.what());
            for (String word : bad.words()) {
                assertTrue(String.valueOf(failure.getMessage()).contains(word), bad.what() + ": '" + word + "' in " + failure.getMessage());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badTargetsChangeNothing(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(GeneratedChain.linear(12), backend.dialect(), db.pool(), RetortOptions.defaults());
            retort.upgrade("g003").await().indefinitely();
            Schema schema = retort.introspect().await().indefinitely();
            long history = count(db, "SELECT COUNT(*) FROM retort_history");

            List<Case> cases = List.of(
                    new Case("unknown target", () -> retort.upgrade("zzz").await().indefinitely(), List.of("zzz")),
                    new Case("ambiguous prefix", () -> retort.upgrade("g01").await().indefinitely(), List.of("g01", "g010", "g011")),
                    new Case("upgrade below current", () -> retort.upgrade("g001").await().indefinitely(), List.of("g001", "downgrade")),
                    new Case("downgrade below base", () -> retort.downgrade("-5").await().indefinitely(), List.of("-5")),
                    new Case("malformed relative", () -> retort.upgrade("+x").await().indefinitely(), List.of("+x")),
                    new Case("stamp unknown", () -> retort.stamp("nope", false).await().indefinitely(), List.of("nope")));
            for (Case bad : cases) {
                Throwable failure = assertThrows(Throwable.class, bad.action(), bad.what());
                for (String word : bad.words()) {
                    assertTrue(String.valueOf(failure.getMessage()).contains(word), bad.what() + ": '" + word + "' in " + failure.getMessage());
                }
                assertEquals(Set.of("g003"), retort.current().await().indefinitely(), bad.what() + " changed the version");
                assertEquals(history, count(db, "SELECT COUNT(*) FROM retort_history"), bad.what() + " wrote history");
                assertEquals(schema, retort.introspect().await().indefinitely(), bad.what() + " changed the schema");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void awkwardIdentifiersAreQuotedCorrectly(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(Revisions.fromClasses(AwkwardNames.class), backend.dialect(), db.pool(), RetortOptions.defaults());
            retort.upgrade("head").await().indefinitely();
            // Written by hand in each database's quoting: "Order ""Lines""" or `Order "Lines"`.
            String table = backend == Backend.MARIADB ? "`Order \"Lines\"`" : "\"Order \"\"Lines\"\"\"";
            String columns = backend == Backend.MARIADB ? "`select`, `MixedCase Col`" : "\"select\", \"MixedCase Col\"";
            db.pool().query("INSERT INTO " + table + " (" + columns + ") VALUES (1, 'x')").execute().await().indefinitely();
            assertEquals(1, count(db, "SELECT COUNT(*) FROM " + table));
            assertEquals(backend.dialect().canonical(retort.chain().schemaAt(Set.of("q1"))),
                    backend.dialect().canonical(retort.introspect().await().indefinitely()));
            retort.downgrade("base").await().indefinitely();
            assertEquals(Set.of(), retort.introspect().await().indefinitely().tables().keySet());
        }
    }
}
