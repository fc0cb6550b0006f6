package io.retort.examples.quickstart.migrations;

import static io.retort.migration.ColumnOptions.check;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.integer;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "c3b9d7e1f402", parent = "8e4f2b6a1c90", message = "add item priority")
public class AddItemPriority implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.addColumn("items", "priority", integer(), notNull(), serverDefault("0"), check("priority BETWEEN 0 AND 3"));
        op.createIndex("ix_items_open", "items", "list_id", "priority").where("done = false");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropIndex("ix_items_open", "items");
        op.dropColumn("items", "priority");
    }
}
