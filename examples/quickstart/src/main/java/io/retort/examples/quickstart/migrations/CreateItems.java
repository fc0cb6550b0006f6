package io.retort.examples.quickstart.migrations;

import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.indexed;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.schema.ReferentialAction.CASCADE;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "8e4f2b6a1c90", parent = "5d1a0c3e9b27", message = "create items")
public class CreateItems implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("items", t -> t
                .column("id", integer(), primaryKey(), identity())
                .column("list_id", integer(), notNull(), references("lists", "id").onDelete(CASCADE), indexed())
                .column("title", text(), notNull())
                .column("done", bool(), notNull(), serverDefault("false")));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("items");
    }
}
