package com.example.maria;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "2b4d6f8a0c13", message = "create notes")
public class CreateNotes implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("notes", t -> t.column("id", integer(), primaryKey()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("notes");
    }
}
