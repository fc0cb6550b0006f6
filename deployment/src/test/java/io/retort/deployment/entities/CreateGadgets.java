package io.retort.deployment.entities;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.string;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

/** Covers Gadget, except its weight. */
@Revision(id = "9ad9e7000001", message = "create gadgets")
public class CreateGadgets implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("gadgets", t -> t
                .column("id", bigint(), primaryKey())
                .column("name", string(60), notNull()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("gadgets");
    }
}
