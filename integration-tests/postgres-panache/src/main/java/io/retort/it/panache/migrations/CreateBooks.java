package io.retort.it.panache.migrations;

import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.indexed;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.date;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.string;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "0b00c5000002", parent = "0a11ce000001", message = "create books")
public class CreateBooks implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("books", t -> t
                .column("id", bigint(), primaryKey(), identity())
                .column("title", string(), notNull())
                .column("author_id", bigint(), notNull(), references("authors", "id"), indexed())
                .column("published", date())
                .column("price", numeric(10, 2)));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("books");
    }
}
