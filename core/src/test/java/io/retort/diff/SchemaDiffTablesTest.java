package io.retort.diff;

import static io.retort.diff.DiffScenario.diff;
import static io.retort.diff.DiffScenario.schema;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.operation.CreateTable;
import io.retort.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole tables created and dropped, in an order where every foreign key finds its table. */
class SchemaDiffTablesTest {

    private static final Schema USERS = schema(op -> op.createTable("users", t -> t.column("id", integer(), primaryKey())));

    /** users, plus a → b → c by foreign key, declared in an order that is not the one they must be created in. */
    private static final Schema CHAIN = schema(op -> {
        op.createTable("users", t -> t.column("id", integer(), primaryKey()));
        op.createTable("c_lines", t -> t.column("id", integer(), primaryKey()).column("user_id", integer(), references("users", "id")));
        op.createTable("b_orders", t -> t.column("id", integer(), primaryKey()).column("line_id", integer(), references("c_lines", "id")));
        op.createTable("a_invoices", t -> t.column("id", integer(), primaryKey()).column("order_id", integer(), references("b_orders", "id")));
    });

    private static final Schema CYCLE = schema(op -> {
        op.createTable("users", t -> t.column("id", integer(), primaryKey()));
        op.createTable("a", t -> t.column("id", integer(), primaryKey()).column("b_id", integer()));
        op.createTable("b", t -> t.column("id", integer(), primaryKey()).column("a_id", integer(), references("a", "id")));
        op.addForeignKey("fk_a_b_id_b", "a", "b_id", references("b", "id"));
    });

    @Test
    void tableOnlyInTargetIsCreatedWithItsConstraintsAndIndexes() {
        Schema target = schema(op -> {
            op.createTable("users", t -> t.column("id", integer(), primaryKey()));
            op.createTable("posts", t -> t.column("id", integer(), primaryKey())
                    .column("author_id", integer(), notNull(), references("users", "id"))
                    .column("slug", string(80), notNull()).unique("slug").index("author_id").check("slug", "slug <> ''"));
        });

        DiffResult result = diff(USERS, target);

        assertEquals(List.of(new CreateTable(target.tables().get("posts"))), result.upgrade());
        assertEquals(List.of("create table posts (id integer NOT NULL, author_id integer NOT NULL, slug string(80) NOT NULL,"
                + " primary key pk_posts (id), unique constraint uq_posts_slug (slug),"
                + " foreign key fk_posts_author_id_users (author_id) REFERENCES users (id),"
                + " check constraint ck_posts_slug (slug <> ''), index ix_posts_author_id (author_id))"), result.describe());
    }

    @Test
    void newTablesAreCreatedReferencedFirst() {
        DiffResult result = diff(USERS, CHAIN);

        assertEquals(List.of("create table c_lines", "create table b_orders", "create table a_invoices"),
                result.upgrade().stream().map(o -> o.describe()).toList());
    }

    @Test
    void droppedTablesAreDroppedReferencingFirstAndFlagged() {
        DiffResult result = diff(CHAIN, USERS);

        assertEquals(List.of("drop table a_invoices", "drop table b_orders", "drop table c_lines"), result.describe());
        assertTrue(result.changes().stream().allMatch(Change::destructive));
        assertEquals("drops table a_invoices and all its rows", result.changes().get(0).note());
    }

    @Test
    void foreignKeyCycleBetweenNewTablesIsAddedAfterBothExist() {
        DiffResult result = diff(USERS, CYCLE);

        assertEquals(List.of(
                "create table a (id integer NOT NULL, b_id integer, primary key pk_a (id))",
                "create table b (id integer NOT NULL, a_id integer, primary key pk_b (id), foreign key fk_b_a_id_a (a_id) REFERENCES a (id))",
                "add foreign key fk_a_b_id_b on a (b_id) REFERENCES b (id)"), result.describe());
    }

    @Test
    void foreignKeyCycleBetweenDroppedTablesIsBrokenFirst() {
        DiffResult result = diff(CYCLE, USERS);

        assertEquals(List.of("drop constraint fk_b_a_id_a on b", "drop table a", "drop table b"), result.describe());
    }

    @Test
    void foreignKeyOfAKeptTableToADroppedTableGoesFirst() {
        Schema current = schema(op -> {
            op.createTable("teams", t -> t.column("id", integer(), primaryKey()));
            op.createTable("users", t -> t.column("id", integer(), primaryKey()).column("team_id", integer(), references("teams", "id")));
        });
        Schema target = schema(op -> op.createTable("users", t -> t.column("id", integer(), primaryKey()).column("team_id", integer())));

        DiffResult result = diff(current, target);

        assertEquals(List.of("drop constraint fk_users_team_id_teams on users", "drop table teams"), result.describe());
    }

    @Test
    void newTableReferencingANewColumnOfAKeptTableGetsItsForeignKeyLast() {
        Schema target = schema(op -> {
            op.createTable("users", t -> t.column("id", integer(), primaryKey()).column("handle", string(30), notNull()).unique("handle"));
            op.createTable("mentions", t -> t.column("id", integer(), primaryKey())
                    .column("handle", string(30), references("users", "handle")));
        });

        DiffResult result = diff(USERS, target);

        assertEquals(List.of(
                "create table mentions (id integer NOT NULL, handle string(30), primary key pk_mentions (id))",
                "add column users.handle string(30) NOT NULL",
                "add unique constraint uq_users_handle on users (handle)",
                "add foreign key fk_mentions_handle_users on mentions (handle) REFERENCES users (handle)"), result.describe());
    }

    @Test
    void allPhasesTogetherApplyInOrder() {
        Schema current = schema(op -> {
            op.createTable("users", t -> t.column("id", integer(), primaryKey()).column("email", string(), notNull())
                    .column("legacy", string(10)).index("legacy"));
            op.createTable("sessions", t -> t.column("id", integer(), primaryKey()).column("user_id", integer(), references("users", "id")));
        });
        Schema target = schema(op -> {
            op.createTable("users", t -> t.column("id", integer(), primaryKey()).column("email", string(320), notNull())
                    .column("team_id", integer()).unique("email"));
            op.createTable("teams", t -> t.column("id", integer(), primaryKey()).column("owner_id", integer(), references("users", "id")));
            op.addForeignKey("fk_users_team_id_teams", "users", "team_id", references("teams", "id"));
        });

        DiffResult result = diff(current, target);

        assertEquals(List.of(
                "drop index ix_users_legacy on users",
                "drop table sessions",
                "create table teams (id integer NOT NULL, owner_id integer, primary key pk_teams (id),"
                        + " foreign key fk_teams_owner_id_users (owner_id) REFERENCES users (id))",
                "add column users.team_id integer",
                "alter column users.email type string(320)",
                "drop column users.legacy",
                "add unique constraint uq_users_email on users (email)",
                "add foreign key fk_users_team_id_teams on users (team_id) REFERENCES teams (id)"), result.describe());
    }
}
