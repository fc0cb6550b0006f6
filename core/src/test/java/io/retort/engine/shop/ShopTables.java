package io.retort.engine.shop;

import static io.retort.migration.ColumnOptions.comment;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.raw;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;

import io.retort.migration.Ops;

/** Helpers as users write them: static methods over the same {@code op}, shared by revisions. */
public final class ShopTables {

    private ShopTables() {
    }

    /**
     * A table whose every identifier needs quoting: a reserved word, mixed case, a space, a quote.
     * On MariaDB the keyed text column is a string (no whole TEXT column can be a key there) and the
     * database-specific type is its own.
     */
    public static void createSelectTable(Ops op) {
        boolean mariadb = op.dialect().equals(Ops.MARIADB);
        op.createTable("Select", t -> t
                .column("Order", integer(), notNull())
                .column("weird \"name\" here", mariadb ? string(100) : text(), comment("a quoted column"))
                .column("addr", raw(mariadb ? "inet6" : "cidr"))
                .primaryKey("Order", "weird \"name\" here"));
    }

    public static void dropSelectTable(Ops op) {
        op.dropTable("Select");
    }
}
