package io.retort.diff;

import static io.retort.diff.DiffScenario.diff;
import static io.retort.diff.DiffScenario.schema;
import static io.retort.migration.ColumnOptions.comment;
import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.dialect.postgres.PostgresDialect;
import io.retort.operation.AddColumn;
import io.retort.operation.AlterColumn;
import io.retort.operation.DropColumn;
import io.retort.schema.Column;
import io.retort.schema.Schema;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Columns of a table present on both sides: added, dropped, altered, renamed (as a hint only). */
class SchemaDiffColumnsTest {

    private static final Schema USERS = schema(op -> op.createTable("users", t -> t
            .column("id", integer(), primaryKey())
            .column("email", string(), notNull())
            .column("nickname", string(50))));

    @Test
    void identicalSchemasHaveNoChanges() {
        DiffResult result = diff(USERS, schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("email", string(), notNull())
                .column("nickname", string(50)))));

        assertTrue(result.isEmpty());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void columnOnlyInTargetIsAdded() {
        Schema target = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("email", string(), notNull())
                .column("nickname", string(50))
                .column("status", string(20), notNull(), serverDefault("'active'"))));

        DiffResult result = diff(USERS, target);

        assertEquals(List.of(new AddColumn("users", new Column("status", string(20), false, "'active'", null, false))),
                result.upgrade());
        assertEquals(List.of("add column users.status string(20) NOT NULL DEFAULT 'active'"), result.describe());
        assertFalse(result.changes().get(0).destructive());
    }

    @Test
    void columnOnlyInCurrentIsDroppedAndFlagged() {
        Schema target = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("email", string(), notNull())));

        DiffResult result = diff(USERS, target);

        assertEquals(List.of(new DropColumn("users", "nickname")), result.upgrade());
        assertTrue(result.changes().get(0).destructive());
        assertEquals("drops column users.nickname and its data", result.changes().get(0).note());
    }

    @Test
    void alteredColumnCarriesOnlyTheAttributesThatDiffer() {
        Schema target = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("email", string(), notNull(), comment("login"))
                .column("nickname", text(), serverDefault("'anon'"))));

        DiffResult result = diff(USERS, target);

        assertEquals(List.of(
                new AlterColumn("users", "email", null, null, null, io.retort.operation.Change.to("login"), null),
                new AlterColumn("users", "nickname", io.retort.operation.Change.to(text()), null,
                        io.retort.operation.Change.to("'anon'"), null, null)), result.upgrade());
        assertEquals(List.of("alter column users.email COMMENT 'login'",
                "alter column users.nickname type text, DEFAULT 'anon'"), result.describe());
    }

    @Test
    void droppedDefaultAndNullableColumnAreAlteredBack() {
        Schema current = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("status", string(20), notNull(), serverDefault("'active'"))));
        Schema target = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("status", string(20))));

        DiffResult result = diff(current, target);

        assertEquals(List.of("alter column users.status NULL, no DEFAULT"), result.describe());
        assertFalse(result.changes().get(0).destructive());
    }

    @Test
    void identityDifferenceIsANoticeNotAnOperation() {
        Schema current = schema(op -> op.createTable("items", t -> t.column("id", integer(), primaryKey())));
        Schema target = schema(op -> op.createTable("items", t -> t.column("id", integer(), primaryKey(), identity())));

        DiffResult result = SchemaDiff.compare(current, target);

        assertTrue(result.isEmpty());
        assertEquals(1, result.notices().size());
        assertTrue(result.warnings().get(0).startsWith("column items.id: identity differs"), result.warnings().get(0));
        assertTrue(result.warnings().get(0).contains("write that change by hand"), result.warnings().get(0));
    }

    @Test
    void oneDroppedAndOneAddedColumnOfTheSameTypeHintAtARename() {
        Schema target = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("email", string(), notNull())
                .column("display_name", string(50))));

        DiffResult result = diff(USERS, target);

        String hint = "maybe a rename of nickname to display_name: use op.renameColumn(\"users\", \"nickname\", \"display_name\") instead";
        assertEquals(List.of("add column users.display_name string(50)", "drop column users.nickname"), result.describe());
        assertEquals(hint, result.changes().get(0).note());
        assertFalse(result.changes().get(0).destructive());
        assertEquals("drops column users.nickname and its data; " + hint, result.changes().get(1).note());
        assertTrue(result.changes().get(1).destructive());
        assertEquals(List.of("add column users.display_name: " + hint,
                "destructive: drop column users.nickname: drops column users.nickname and its data; " + hint), result.warnings());
    }

    @Test
    void noRenameHintWhenTheTypesDiffer() {
        Schema target = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("email", string(), notNull())
                .column("display_name", text())));

        DiffResult result = diff(USERS, target);

        assertNull(result.changes().get(0).note());
        assertEquals("drops column users.nickname and its data", result.changes().get(1).note());
    }

    @Test
    void equalityIsDecidedOnCanonicalFormsButTheTargetTextIsEmitted() {
        UnaryOperator<Schema> lowerCaseDefaults = schema -> Schema.of(schema.tables().values().stream()
                .map(t -> t.withColumns(t.columns().stream()
                        .map(c -> c.serverDefault() == null ? c : c.withServerDefault(c.serverDefault().toLowerCase()))
                        .toList()))
                .toList());
        Schema current = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("status", string(20), serverDefault("'x'"))
                .column("role", string(20), serverDefault("'user'"))));
        Schema target = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("status", string(20), serverDefault("'X'"))
                .column("role", string(20), serverDefault("'Admin'"))));

        DiffResult result = diff(current, target, lowerCaseDefaults);

        assertEquals(List.of(new AlterColumn("users", "role", null, null, io.retort.operation.Change.to("'Admin'"), null, null)),
                result.upgrade());
        assertEquals(2, SchemaDiff.compare(current, target).changes().size(), "without the canonical form both differ");
    }

    @Test
    void postgresqlRewrittenDefaultIsNoChange() {
        Schema introspected = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("status", string(20), serverDefault("'active'::character varying"))));
        Schema model = schema(op -> op.createTable("users", t -> t
                .column("id", integer(), primaryKey())
                .column("status", string(20), serverDefault("'active'"))));

        assertTrue(SchemaDiff.compare(introspected, model, new PostgresDialect()::canonical).isEmpty());
    }

    @Test
    void tableCommentDifferenceIsANotice() {
        Schema target = Schema.of(List.of(USERS.tables().get("users").withComment("people")));

        DiffResult result = SchemaDiff.compare(USERS, target);

        assertTrue(result.isEmpty());
        assertTrue(result.notices().get(0).startsWith("table users: its comment differs"), result.notices().get(0));
    }
}
