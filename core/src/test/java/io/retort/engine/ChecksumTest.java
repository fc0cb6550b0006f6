package io.retort.engine;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retort.schema.Names;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checksums cover what a revision says (its operations, raw SQL as written), not the SQL Retort
 * renders for it: a Retort that renders differently used to fail every application's start. An
 * edit made on purpose is recorded with repair; a stamp records the stamped revisions as they are.
 */
class ChecksumTest extends EngineSuite {

    private static List<LoadedRevision> chain(String noteType) {
        return List.of(
                GeneratedChain.revision("k001", null, "items", op -> op.createTable("items", t -> t
                        .column("id", integer(), primaryKey()).column("note", noteType.equals("text") ? text() : integer())),
                        op -> op.dropTable("items")),
                GeneratedChain.revision("k002", "k001", "seed", op -> op.execute("INSERT INTO items (id) VALUES (1)"),
                        op -> op.execute("DELETE FROM items")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theChecksumDoesNotDependOnTheRenderedSql(Backend backend) {
        Retort here = Retort.of(chain("text"), backend.dialect(), null, RetortOptions.defaults());
        Retort elsewhere = Retort.of(chain("text"), backend == Backend.SQLITE ? Backend.POSTGRESQL.dialect() : Backend.SQLITE.dialect(),
                null, RetortOptions.defaults());

        assertEquals(elsewhere.chain().checksum("k001"), here.chain().checksum("k001"), "the same revision, rendered differently");
        assertEquals(elsewhere.chain().checksum("k002"), here.chain().checksum("k002"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aChecksumRecordedFromRenderedSqlIsStillAcceptedThenRewritten(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(chain("text"), backend.dialect(), db.pool(), RetortOptions.defaults());
            retort.upgrade("head").await().indefinitely();
            // As an earlier Retort recorded it: the SHA-256 of the rendered upgrade SQL.
            String rendered = Names.sha256(String.join(";\n", retort.chain().upgradeStatements("k001")) + ";\n");
            db.pool().query("UPDATE retort_history SET checksum = '" + rendered + "' WHERE revision = 'k001'").execute().await().indefinitely();

            Retort upgraded = Retort.of(chain("text"), backend.dialect(), db.pool(), RetortOptions.defaults());
            assertEquals(List.of(), upgraded.status().await().indefinitely().changed());
            upgraded.upgrade("head").await().indefinitely();

            assertEquals(1, count(db, "SELECT COUNT(*) FROM retort_history WHERE revision = 'k001' AND checksum = '"
                    + upgraded.chain().checksum("k001") + "'"), "rewritten in today's form");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void repairRecordsADeliberateEdit(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort.of(chain("text"), backend.dialect(), db.pool(), RetortOptions.defaults()).upgrade("k001").await().indefinitely();
            Retort edited = Retort.of(chain("integer"), backend.dialect(), db.pool(), RetortOptions.defaults());
            assertThrows(ChecksumMismatchException.class, () -> edited.upgrade("head").await().indefinitely());

            assertEquals(List.of("k001"), edited.repair().await().indefinitely());

            assertEquals(List.of(), edited.status().await().indefinitely().changed());
            edited.upgrade("head").await().indefinitely();
            assertEquals(Set.of("k002"), edited.current().await().indefinitely());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM retort_history WHERE direction = 'repair' AND revision = 'k001'"));
            assertEquals(List.of(), edited.repair().await().indefinitely(), "nothing left to repair");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStampRecordsTheStampedRevisionsAsTheyAre(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort.of(chain("text"), backend.dialect(), db.pool(), RetortOptions.defaults()).upgrade("head").await().indefinitely();
            Retort edited = Retort.of(chain("integer"), backend.dialect(), db.pool(), RetortOptions.defaults());
            assertEquals(List.of("k001"), edited.status().await().indefinitely().changed());

            edited.stamp("head", false).await().indefinitely();

            assertEquals(List.of(), edited.status().await().indefinitely().changed());
            edited.upgrade("head").await().indefinitely();
        }
    }
}
