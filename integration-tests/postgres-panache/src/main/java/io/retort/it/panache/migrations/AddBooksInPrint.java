package io.retort.it.panache.migrations;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.bool;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "0c1a55000003", parent = "0b00c5000002", message = "books in print")
public class AddBooksInPrint implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.addColumn("books", "in_print", bool(), notNull(), serverDefault("true"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropColumn("books", "in_print");
    }
}
