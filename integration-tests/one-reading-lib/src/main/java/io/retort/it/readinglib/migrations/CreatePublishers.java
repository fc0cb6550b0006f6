package io.retort.it.readinglib.migrations;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.string;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

/** A revision from a dependency jar, the first of the default datasource. */
@Revision(id = "0c1d2e3f4a5b", message = "create publishers")
public class CreatePublishers implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("rd_publisher", t -> t
                .column("id", bigint(), primaryKey())
                .column("display_name", string(80), notNull()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("rd_publisher");
    }
}
