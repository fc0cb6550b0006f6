package io.retort.diff;

import static io.retort.diff.DiffScenario.diff;
import static io.retort.diff.DiffScenario.schema;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnTypes.bigint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.dialect.sqlite.SqliteDialect;
import io.retort.operation.CreateSequence;
import io.retort.operation.DropSequence;
import io.retort.schema.Schema;
import io.retort.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequences created, dropped and recreated, around the tables that may use them. */
class SchemaDiffSequencesTest {

    private static final Schema NOTES = schema(op -> {
        op.createSequence("notes_seq");
        op.createTable("notes", t -> t.column("id", bigint(), primaryKey()));
    });

    @Test
    void sequenceOnlyInTargetIsCreatedBeforeTheTables() {
        Schema target = schema(op -> {
            op.createSequence("notes_seq");
            op.createTable("notes", t -> t.column("id", bigint(), primaryKey()));
            op.createSequence("tags_seq");
            op.createTable("tags", t -> t.column("id", bigint(), primaryKey()).column("note_id", bigint(), references("notes", "id")));
            op.createSequence("audit_seq", 1000, 1);
        });

        DiffResult result = diff(NOTES, target);

        assertEquals(List.of("create sequence audit_seq (start 1000, increment 1)", "create sequence tags_seq (start 1, increment 50)",
                "create table tags (id bigint NOT NULL, note_id bigint, primary key pk_tags (id),"
                        + " foreign key fk_tags_note_id_notes (note_id) REFERENCES notes (id))"), result.describe());
        assertEquals(new CreateSequence(new Sequence("tags_seq", 1, 50)), result.upgrade().get(1));
        assertTrue(result.changes().stream().noneMatch(Change::destructive));
    }

    @Test
    void sequenceOnlyInCurrentIsDroppedAfterTheTables() {
        Schema current = schema(op -> {
            op.createSequence("notes_seq");
            op.createTable("notes", t -> t.column("id", bigint(), primaryKey()));
            op.createSequence("tags_seq");
            op.createTable("tags", t -> t.column("id", bigint(), primaryKey()));
        });

        DiffResult result = diff(current, NOTES);

        assertEquals(List.of("drop table tags", "drop sequence tags_seq"), result.describe());
        assertFalse(result.changes().get(1).destructive());
        assertNull(result.changes().get(1).note());
        assertEquals(List.of(new CreateSequence(new Sequence("tags_seq", 1, 50)),
                new io.retort.operation.CreateTable(current.tables().get("tags"))), result.downgrade(current));
    }

    @Test
    void changedStartOrIncrementIsDroppedAndCreatedAgainWithANote() {
        Schema target = schema(op -> {
            op.createSequence("notes_seq", 1, 1);
            op.createTable("notes", t -> t.column("id", bigint(), primaryKey()));
        });

        DiffResult result = diff(NOTES, target);

        assertEquals(List.of(new DropSequence("notes_seq"), new CreateSequence(new Sequence("notes_seq", 1, 1))), result.upgrade());
        assertEquals(List.of("drop sequence notes_seq: start or increment changed (start 1, increment 50 -> start 1, increment 1):"
                + " recreated, so it restarts at 1 and may hand out ids already used"), result.warnings());
        assertEquals(List.of(new DropSequence("notes_seq"), new CreateSequence(new Sequence("notes_seq", 1, 50))),
                result.downgrade(NOTES));
    }

    @Test
    void sameSequencesGiveNoChanges() {
        assertTrue(SchemaDiff.compare(NOTES, NOTES).isEmpty());
    }

    @Test
    void onSqliteSequencesAreNotCompared() {
        SqliteDialect sqlite = new SqliteDialect();
        Schema withoutSequences = NOTES.withoutSequence("notes_seq");

        assertTrue(SchemaDiff.compare(withoutSequences, NOTES, sqlite::canonical).isEmpty(),
                "SQLite reports no sequences back, so a model with sequences matches it");
    }
}
