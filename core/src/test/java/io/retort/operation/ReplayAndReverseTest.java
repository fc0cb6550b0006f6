package io.retort.operation;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.Ops;
import io.retort.schema.CheckConstraint;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Sequence;
import io.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every operation replays onto a snapshot, and its reverse takes the snapshot back exactly. */
class ReplayAndReverseTest {

    private static Schema replay(Schema start, Consumer<Ops> calls) {
        Ops op = new Ops(Ops.POSTGRESQL);
        calls.accept(op);
        Schema schema = start;
        for (Operation operation : op.operations()) {
            schema = operation.applyTo(schema);
        }
        return schema;
    }

    private static final Schema BASE = replay(Schema.EMPTY, op -> {
        op.createTable("users", t -> t.column("id", integer(), io.retort.migration.ColumnOptions.primaryKey())
                .column("email", string(), notNull()).column("name", text()).index("name"));
        op.createTable("orders", t -> t.column("id", integer(), io.retort.migration.ColumnOptions.primaryKey())
                .column("user_id", integer(), references("users", "id")).column("status", string(20), serverDefault("'new'")));
        op.createSequence("users_seq");
    });

    private static void assertReversible(Consumer<Ops> calls) {
        Ops op = new Ops(Ops.POSTGRESQL);
        calls.accept(op);
        for (Operation operation : op.operations()) {
            Schema after = operation.applyTo(BASE);
            assertFalse(after.equals(BASE), operation.describe() + " changes the schema");
            Schema back = after;
            for (Operation undo : operation.reverse(BASE)) {
                back = undo.applyTo(back);
            }
            assertEquals(BASE, back, operation.describe() + " then its reverse");
        }
    }

    @Test
    void everySchemaOperationIsReversible() {
        assertReversible(op -> op.addColumn("users", "age", integer()));
        assertReversible(op -> op.dropColumn("users", "name"));
        assertReversible(op -> op.alterColumn("orders", "status", c -> c.type(text()).notNull().dropServerDefault().comment("s")));
        assertReversible(op -> op.renameColumn("users", "id", "user_id"));
        assertReversible(op -> op.renameTable("users", "people"));
        assertReversible(op -> op.createIndex("ix_orders_status", "orders", "status").where("status <> 'x'"));
        assertReversible(op -> op.dropIndex("ix_users_name", "users"));
        assertReversible(op -> op.addUnique("uq_users_email", "users", "email"));
        assertReversible(op -> op.addCheck("ck_orders_status", "orders", "status <> ''"));
        assertReversible(op -> op.dropConstraint("fk_orders_user_id_users", "orders"));
        assertReversible(op -> op.dropConstraint("pk_users", "users"));
        assertReversible(op -> op.dropTable("orders"));
        assertReversible(op -> op.createTable("extra", t -> t.column("x", integer())));
        assertReversible(op -> op.createSequence("orders_seq", 1000, 1));
        assertReversible(op -> op.dropSequence("users_seq"));
    }

    @Test
    void sequencesReplayWithTheirStartAndIncrement() {
        Schema schema = replay(BASE, op -> op.createSequence("orders_seq", 1000, 5));

        assertEquals(new Sequence("users_seq", 1, 50), schema.sequence("users_seq").orElseThrow(), "Hibernate's defaults");
        assertEquals(new Sequence("orders_seq", 1000, 5), schema.sequence("orders_seq").orElseThrow());
        assertEquals(List.of("orders_seq", "users_seq"), List.copyOf(schema.sequences().keySet()));
        assertEquals(List.of(new CreateSequence(new Sequence("users_seq", 1, 50))),
                new DropSequence("users_seq").reverse(BASE), "dropping then undoing brings back the same start and increment");
    }

    @Test
    void tableOperationsKeepTheSequences() {
        Schema schema = replay(BASE, op -> {
            op.renameTable("users", "people");
            op.addColumn("people", "age", integer());
            op.dropIndex("ix_users_name", "people");
            op.dropTable("orders");
            op.createTable("extra", t -> t.column("x", integer()));
        });

        assertEquals(BASE.sequences(), schema.sequences());
        assertEquals(BASE.sequences(), schema.without("extra").with(schema.table("people").orElseThrow()).sequences());
        assertEquals(Map.of(), new Schema(BASE.tables()).sequences(), "the tables-only constructor has no sequences");
    }

    @Test
    void renamesFollowIntoKeysIndexesChecksAndReferencingTables() {
        Schema schema = replay(BASE, op -> {
            op.addCheck("ck_users_email", "users", "email <> ''");
            op.renameColumn("users", "id", "uid");
            op.renameColumn("users", "email", "mail");
            op.renameTable("users", "people");
        });

        assertEquals(List.of("uid"), schema.table("people").orElseThrow().primaryKey().columns());
        assertEquals(new CheckConstraint("ck_users_email", "mail <> ''"), schema.table("people").orElseThrow().checks().get(0));
        assertEquals("people", schema.table("orders").orElseThrow().foreignKeys().get(0).referencedTable());
        assertEquals(List.of("uid"), schema.table("orders").orElseThrow().foreignKeys().get(0).referencedColumns());
    }

    @Test
    void droppingAColumnDropsWhatInvolvesIt() {
        Schema schema = replay(BASE, op -> {
            op.addUnique("uq_users_email_name", "users", "email", "name");
            op.dropColumn("users", "name");
        });

        assertEquals(List.<UniqueConstraint>of(), schema.table("users").orElseThrow().uniques());
        assertTrue(schema.table("users").orElseThrow().indexes().isEmpty());
    }

    @Test
    void impossibleOperationsSayWhatAndWhere() {
        SchemaReplayException missing = assertThrows(SchemaReplayException.class,
                () -> replay(BASE, op -> op.addColumn("nowhere", "x", integer())));
        assertEquals("add column nowhere.x: table \"nowhere\" does not exist at this point of the revision chain", missing.getMessage());

        SchemaReplayException duplicate = assertThrows(SchemaReplayException.class,
                () -> replay(BASE, op -> op.addColumn("users", "email", text())));
        assertTrue(duplicate.getMessage().contains("already has a column \"email\""), duplicate.getMessage());

        SchemaReplayException noColumn = assertThrows(SchemaReplayException.class,
                () -> replay(BASE, op -> op.createIndex("ix_bad", "users", "nope")));
        assertTrue(noColumn.getMessage().contains("has no column \"nope\""), noColumn.getMessage());

        SchemaReplayException twice = assertThrows(SchemaReplayException.class,
                () -> replay(BASE, op -> op.createSequence("users_seq", 5, 5)));
        assertEquals("create sequence users_seq: sequence \"users_seq\" already exists", twice.getMessage());

        SchemaReplayException noSequence = assertThrows(SchemaReplayException.class,
                () -> replay(BASE, op -> op.dropSequence("nowhere_seq")));
        assertEquals("drop sequence nowhere_seq: sequence \"nowhere_seq\" does not exist at this point of the revision chain",
                noSequence.getMessage());
    }
}
