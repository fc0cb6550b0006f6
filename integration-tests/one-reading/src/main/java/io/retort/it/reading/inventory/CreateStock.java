package io.retort.it.reading.inventory;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

/** The inventory datasource's revision, in a package nested inside the default datasource's. */
@Revision(id = "9e8d7c6b5a4f", message = "create stock")
public class CreateStock implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("stock", t -> t
                .column("id", integer(), primaryKey())
                .column("quantity", integer(), notNull()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("stock");
    }
}
