package io.retort.examples.quickstart.migrations;

import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnOptions.unique;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.timestampTz;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "5d1a0c3e9b27", message = "create lists")
public class CreateLists implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("lists", t -> t
                .column("id", integer(), primaryKey(), identity())
                .column("name", string(100), notNull(), unique())
                .column("created_at", timestampTz(), notNull(), serverDefault("CURRENT_TIMESTAMP")));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("lists");
    }
}
