package io.retort.it.panache.migrations;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnTypes.string;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "0d5e1f000004", parent = "0c1a55000003", message = "create shelves")
public class CreateShelves implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("shelves", t -> t.entityColumns().column("name", string(80), notNull()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("shelves");
    }
}
