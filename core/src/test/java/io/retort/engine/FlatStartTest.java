package io.retort.engine;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A start at head stays flat however long the history: with the build's heads and digest it reads
 * the version rows and one digest row, and builds no chain. Anything that may have changed what is
 * applied (an edited revision, history written since, rows moved by hand) sends it to the full
 * checks, which still refuse an edited revision.
 */
class FlatStartTest extends EngineSuite {

    private static List<LoadedRevision> revisions(String noteType) {
        return List.of(
                GeneratedChain.revision("f001", null, "items", op -> op.createTable("items", t -> t
                        .column("id", integer(), primaryKey()).column("note", noteType.equals("text") ? text() : integer())),
                        op -> op.dropTable("items")),
                GeneratedChain.revision("f002", "f001", "seed", op -> op.execute("INSERT INTO items (id) VALUES (1)"),
                        op -> op.execute("DELETE FROM items")));
    }

    /** A Retort as Quarkus builds it: the chain behind a supplier (counted), the heads and digest from the build. */
    private static Retort started(Backend backend, TestDatabase db, List<LoadedRevision> revisions, AtomicInteger chainsRead,
            RetortOptions options) {
        RevisionChain atBuild = RevisionChain.of(revisions, backend.dialect());
        ChainAtHead built = new ChainAtHead(atBuild.graph().heads(), ChainDigest.of(atBuild.graph().heads(), atBuild));
        return Retort.lazy(backend.dialect(), () -> {
            chainsRead.incrementAndGet();
            return RevisionChain.of(revisions, backend.dialect());
        }, built, db.pool(), options);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStartAtHeadBuildsNoChain(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            AtomicInteger read = new AtomicInteger();
            MigrationResult first = started(backend, db, revisions("text"), read, RetortOptions.defaults()).upgrade("head").await().indefinitely();
            assertEquals(2, first.steps().size());
            assertEquals(1, read.get(), "an empty database needs the chain");

            read.set(0);
            MigrationResult second = started(backend, db, revisions("text"), read, RetortOptions.defaults()).upgrade("head").await().indefinitely();
            assertEquals(List.of(), second.steps());
            assertEquals(Set.of("f002"), second.to());
            assertEquals(0, read.get(), "the start at head read the chain");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEditedRevisionIsStillRefused(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            started(backend, db, revisions("text"), new AtomicInteger(), RetortOptions.defaults()).upgrade("head").await().indefinitely();

            AtomicInteger read = new AtomicInteger();
            Retort edited = started(backend, db, revisions("integer"), read, RetortOptions.defaults());
            ChecksumMismatchException refused = assertThrows(ChecksumMismatchException.class, () -> edited.upgrade("head").await().indefinitely());
            assertEquals(List.of("f001"), refused.revisions());
            assertEquals(1, read.get());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void historyWrittenSinceTheDigestIsCheckedInFull(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            started(backend, db, revisions("text"), new AtomicInteger(), RetortOptions.defaults()).upgrade("head").await().indefinitely();
            // Another writer (an older Retort, a stamp by hand) moves the history; the rows still say head.
            Retort.of(revisions("text"), backend.dialect(), db.pool(), RetortOptions.defaults()).stamp("f002", false).await().indefinitely();

            AtomicInteger read = new AtomicInteger();
            started(backend, db, revisions("text"), read, RetortOptions.defaults()).upgrade("head").await().indefinitely();
            assertEquals(1, read.get(), "history written after the digest must be read");

            read.set(0);
            started(backend, db, revisions("text"), read, RetortOptions.defaults()).upgrade("head").await().indefinitely();
            assertEquals(0, read.get(), "the full check wrote the digest again");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void rowsMovedByHandAreReadInFull(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            started(backend, db, revisions("text"), new AtomicInteger(), RetortOptions.defaults()).upgrade("head").await().indefinitely();
            db.pool().query("UPDATE retort_version SET version_num = 'f001'").execute().await().indefinitely();
            db.pool().query("DELETE FROM items").execute().await().indefinitely();

            AtomicInteger read = new AtomicInteger();
            MigrationResult result = started(backend, db, revisions("text"), read, RetortOptions.defaults()).upgrade("head").await().indefinitely();
            assertEquals(1, read.get());
            assertEquals(List.of("f002"), result.steps().stream().map(AppliedStep::revision).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEditLetThroughByTheWarnPolicyIsNeverTakenAsVerified(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            started(backend, db, revisions("text"), new AtomicInteger(), RetortOptions.defaults()).upgrade("head").await().indefinitely();
            RetortOptions warn = RetortOptions.defaults().withChecksumPolicy(RetortOptions.ChecksumPolicy.WARN);

            AtomicInteger read = new AtomicInteger();
            started(backend, db, revisions("integer"), read, warn).upgrade("head").await().indefinitely();
            started(backend, db, revisions("integer"), read, warn).upgrade("head").await().indefinitely();
            assertEquals(2, read.get(), "each start must compare the checksums again, and warn again");
            assertTrue(count(db, "SELECT COUNT(*) FROM retort_digest") <= 1);
        }
    }
}
