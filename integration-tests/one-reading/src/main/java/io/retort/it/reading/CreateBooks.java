package io.retort.it.reading;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.string;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

/** The default datasource's second revision, after the dependency jar's. */
@Revision(id = "1d2e3f4a5b6c", parent = "0c1d2e3f4a5b", message = "create books")
public class CreateBooks implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("rd_book", t -> t
                .column("id", bigint(), primaryKey())
                .column("title", string(120), notNull())
                .column("publisher_id", bigint(), references("rd_publisher", "id")));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("rd_book");
    }
}
