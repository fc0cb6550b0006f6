package io.retort.deployment.lint;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.string;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "5e1f00000001", message = "create shelves")
public class CreateShelves implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("shelves", t -> t.column("id", bigint(), primaryKey()).column("label", string(40)).column("room", string(40)));
        op.createIndex("ix_shelves_label", "shelves", "label");
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("shelves");
    }
}
