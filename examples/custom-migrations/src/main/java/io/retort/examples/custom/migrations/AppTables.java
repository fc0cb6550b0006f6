package io.retort.examples.custom.migrations;

import static io.retort.migration.ColumnOptions.indexed;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnOptions.unique;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.ulid;
import static io.retort.schema.ReferentialAction.CASCADE;

import io.retort.migration.Ops;

/** This application's own table helpers, used next to Retort's ready-made ones. */
public final class AppTables {

    private AppTables() {
    }

    public static void createUsersTable(Ops op) {
        op.createTable("users", t -> t
                .entityColumns()
                .column("email", string(), notNull(), unique(), indexed())
                .column("name", string(), notNull())
                .column("is_active", bool(), notNull(), serverDefault("true")));
    }

    public static void dropUsersTable(Ops op) {
        op.dropTable("users");
    }

    public static void createOrdersTable(Ops op) {
        op.createTable("orders", t -> t
                .entityColumns()
                .column("user_id", ulid(), notNull(), references("users", "id").onDelete(CASCADE), indexed())
                .column("total_amount", numeric(10, 2), notNull())
                .column("status", string(20), notNull(), serverDefault("'pending'")));
    }

    public static void dropOrdersTable(Ops op) {
        op.dropTable("orders");
    }
}
