package io.retort.it.panache.migrations;

import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.unique;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.string;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "0a11ce000001", message = "create authors")
public class CreateAuthors implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("authors", t -> t
                .column("id", bigint(), primaryKey(), identity())
                .column("name", string(120), notNull(), unique()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("authors");
    }
}
