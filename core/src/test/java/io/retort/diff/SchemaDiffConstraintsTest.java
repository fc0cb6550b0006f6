package io.retort.diff;

import static io.retort.diff.DiffScenario.diff;
import static io.retort.diff.DiffScenario.schema;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.schema.ReferentialAction;
import io.retort.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Primary keys, uniques, checks, foreign keys and indexes of tables present on both sides. */
class SchemaDiffConstraintsTest {

    private static Schema shop(boolean cascade, boolean emailUnique, String quantityCheck, String... orderIndex) {
        return schema(op -> {
            op.createTable("users", t -> {
                t.column("id", integer(), primaryKey()).column("email", string(), notNull());
                if (emailUnique) {
                    t.unique("email");
                }
            });
            op.createTable("orders", t -> {
                t.column("id", integer(), primaryKey())
                        .column("user_id", integer(), cascade
                                ? references("users", "id").onDelete(ReferentialAction.CASCADE)
                                : references("users", "id"))
                        .column("quantity", integer())
                        .column("status", string(20));
                if (quantityCheck != null) {
                    t.check("quantity", quantityCheck);
                }
                if (orderIndex.length > 0) {
                    t.index(orderIndex);
                }
            });
        });
    }

    @Test
    void uniqueCheckAndIndexOnlyInTargetAreAdded() {
        DiffResult result = diff(shop(false, false, null), shop(false, true, "quantity > 0", "status"));

        assertEquals(List.of(
                "add check constraint ck_orders_quantity on orders (quantity > 0)",
                "create index ix_orders_status on orders (status)",
                "add unique constraint uq_users_email on users (email)"), result.describe());
    }

    @Test
    void uniqueCheckAndIndexOnlyInCurrentAreDropped() {
        DiffResult result = diff(shop(false, true, "quantity > 0", "status"), shop(false, false, null));

        assertEquals(List.of(
                "drop index ix_orders_status on orders",
                "drop constraint ck_orders_quantity on orders",
                "drop constraint uq_users_email on users"), result.describe());
    }

    @Test
    void changedCheckIsDroppedThenAdded() {
        DiffResult result = diff(shop(false, false, "quantity > 0"), shop(false, false, "quantity >= 1"));

        assertEquals(List.of(
                "drop constraint ck_orders_quantity on orders",
                "add check constraint ck_orders_quantity on orders (quantity >= 1)"), result.describe());
    }

    @Test
    void changedOnDeleteActionRebuildsTheForeignKeyFirstAndLast() {
        DiffResult result = diff(shop(false, false, "quantity > 0"), shop(true, false, "quantity > 1"));

        assertEquals(List.of(
                "drop constraint fk_orders_user_id_users on orders",
                "drop constraint ck_orders_quantity on orders",
                "add check constraint ck_orders_quantity on orders (quantity > 1)",
                "add foreign key fk_orders_user_id_users on orders (user_id) REFERENCES users (id) ON DELETE CASCADE"),
                result.describe());
    }

    @Test
    void changedIndexIsDroppedThenCreated() {
        Schema current = schema(op -> op.createTable("orders", t -> t.column("id", integer(), primaryKey())
                .column("status", string(20))));
        Schema withIndex = schema(op -> {
            op.createTable("orders", t -> t.column("id", integer(), primaryKey()).column("status", string(20)));
            op.createIndex("ix_orders_status", "orders", "status");
        });
        Schema withPartialIndex = schema(op -> {
            op.createTable("orders", t -> t.column("id", integer(), primaryKey()).column("status", string(20)));
            op.createUniqueIndex("ix_orders_status", "orders", "status").where("status <> 'done'");
        });

        assertEquals(List.of("create index ix_orders_status on orders (status)"), diff(current, withIndex).describe());
        assertEquals(List.of(
                "drop index ix_orders_status on orders",
                "create unique index ix_orders_status on orders (status) WHERE status <> 'done'"),
                diff(withIndex, withPartialIndex).describe());
    }

    @Test
    void changedPrimaryKeyIsDroppedThenAdded() {
        Schema current = schema(op -> op.createTable("memberships", t -> t
                .column("user_id", integer(), primaryKey()).column("group_id", integer(), notNull())));
        Schema target = schema(op -> op.createTable("memberships", t -> t
                .column("user_id", integer()).column("group_id", integer(), notNull()).primaryKey("user_id", "group_id")));

        DiffResult result = diff(current, target);

        assertEquals(List.of(
                "drop constraint pk_memberships on memberships",
                "add primary key pk_memberships on memberships (user_id, group_id)"), result.describe());
    }

    @Test
    void primaryKeyOnlyInTargetIsAddedAfterItsColumnIsMadeNotNull() {
        Schema current = schema(op -> op.createTable("tags", t -> t.column("code", string(10)).column("label", string())));
        Schema target = schema(op -> op.createTable("tags", t -> t.column("code", string(10), primaryKey()).column("label", string())));

        DiffResult result = diff(current, target);

        assertEquals(List.of(
                "alter column tags.code NOT NULL",
                "add primary key pk_tags on tags (code)"), result.describe());
    }

    @Test
    void unchangedForeignKeyIsRebuiltAroundTheKeyItReferences() {
        Schema current = schema(op -> {
            op.createTable("users", t -> t.column("id", integer(), primaryKey()));
            op.createTable("orders", t -> t.column("id", integer(), primaryKey()).column("user_id", integer(), references("users", "id")));
        });
        Schema target = schema(op -> {
            op.createTable("users", t -> t.column("id", integer(), notNull()));
            op.addPrimaryKey("pk_users_id", "users", "id");
            op.createTable("orders", t -> t.column("id", integer(), primaryKey()).column("user_id", integer(), references("users", "id")));
        });

        DiffResult result = diff(current, target);

        assertEquals(List.of(
                "drop constraint fk_orders_user_id_users on orders",
                "drop constraint pk_users on users",
                "add primary key pk_users_id on users (id)",
                "add foreign key fk_orders_user_id_users on orders (user_id) REFERENCES users (id)"), result.describe());
    }
}
