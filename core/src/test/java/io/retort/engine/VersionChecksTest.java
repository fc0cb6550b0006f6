package io.retort.engine;

import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.schema.Schema;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What is checked before running: database ahead of the code, edited revisions; and stamping. */
class VersionChecksTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void databaseAheadOfTheCodeIsRefusedAndLeftUntouched(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort newer = Retort.of(GeneratedChain.linear(3), backend.dialect(), db.pool(), RetortOptions.defaults());
            newer.upgrade("head").await().indefinitely();
            Schema before = newer.introspect().await().indefinitely();
            Retort older = Retort.of(GeneratedChain.linear(2), backend.dialect(), db.pool(), RetortOptions.defaults());

            DatabaseAheadException failure = assertThrows(DatabaseAheadException.class, () -> older.upgrade("head").await().indefinitely());

            assertEquals(Set.of("g003"), failure.unknownRevisions());
            assertTrue(failure.getMessage().contains("g003") && failure.getMessage().contains("Nothing was changed"), failure.getMessage());
            assertEquals(Set.of("g003"), newer.current().await().indefinitely());
            assertEquals(3, newer.history().await().indefinitely().size());
            assertEquals(before, newer.introspect().await().indefinitely());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void editedRevisionIsReportedOrWarnedAbout(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort.of(GeneratedChain.linear(2), backend.dialect(), db.pool(), RetortOptions.defaults()).upgrade("head")
                    .await().indefinitely();
            List<LoadedRevision> edited = new ArrayList<>(GeneratedChain.linear(1));
            edited.add(GeneratedChain.revision("g002", "g001", "edited", op -> op.createTable("t2", t -> t.column("other", text())),
                    op -> op.dropTable("t2")));

            Retort strict = Retort.of(edited, backend.dialect(), db.pool(), RetortOptions.defaults());
            ChecksumMismatchException failure = assertThrows(ChecksumMismatchException.class,
                    () -> strict.upgrade("head").await().indefinitely());
            assertEquals(List.of("g002"), failure.revisions());
            assertTrue(failure.getMessage().contains("g002 changed after it was applied"), failure.getMessage());

            Retort lenient = Retort.of(edited, backend.dialect(), db.pool(),
                    RetortOptions.defaults().withChecksumPolicy(RetortOptions.ChecksumPolicy.WARN));
            assertEquals(0, lenient.upgrade("head").await().indefinitely().steps().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void stampSetsTheRowsWithoutRunningAnything(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(GeneratedChain.linear(3), backend.dialect(), db.pool(), RetortOptions.defaults());

            assertEquals(Set.of("g003"), retort.stamp("head", false).await().indefinitely());
            assertEquals(Set.of("g003"), retort.current().await().indefinitely());
            assertEquals(Set.of(), retort.introspect().await().indefinitely().tables().keySet(), "no revision ran");
            assertEquals("stamp", retort.history().await().indefinitely().get(0).direction());

            db.pool().query("INSERT INTO retort_version (version_num) VALUES ('zzz_unknown')").execute().await().indefinitely();
            assertThrows(DatabaseAheadException.class, () -> retort.stamp("g001", false).await().indefinitely());
            assertEquals(Set.of("g001"), retort.stamp("g001", true).await().indefinitely());
            assertEquals(Set.of("g001"), retort.current().await().indefinitely());

            assertEquals(Set.of(), retort.stamp("base", false).await().indefinitely());
            assertEquals(List.of("g001", "g002", "g003"), retort.upgrade("head").await().indefinitely().steps().stream()
                    .map(AppliedStep::revision).toList());
            assertEquals(3, retort.history().await().indefinitely().stream().filter(h -> h.direction().equals("stamp")).count(),
                    "head, g001 (purge) and base; the refused stamp left no row");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void upgradeAtHeadDoesNothing(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(GeneratedChain.linear(3), backend.dialect(), db.pool(), RetortOptions.defaults());
            assertEquals(Set.of(), retort.current().await().indefinitely(), "a database Retort never touched");
            assertEquals(List.of(), retort.history().await().indefinitely());
            retort.upgrade("head").await().indefinitely();

            MigrationResult again = retort.upgrade("head").await().indefinitely();

            assertEquals(0, again.steps().size());
            assertEquals(Set.of("g003"), again.to());
            assertEquals(3, retort.history().await().indefinitely().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void versionAndHistoryTablesCanBeRenamed(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            RetortOptions options = RetortOptions.defaults().withTables("Schema Versions", "schema_log");
            Retort retort = Retort.of(GeneratedChain.linear(2), backend.dialect(), db.pool(), options);

            retort.upgrade("head").await().indefinitely();

            assertEquals(Set.of("g002"), retort.current().await().indefinitely());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM " + backend.dialect().quote("Schema Versions")));
            assertEquals(2, count(db, "SELECT COUNT(*) FROM schema_log"));
            assertEquals(Set.of("t1", "t2"), retort.introspect().await().indefinitely().tables().keySet(),
                    "Retort's own tables are not part of the schema");
        }
    }
}
