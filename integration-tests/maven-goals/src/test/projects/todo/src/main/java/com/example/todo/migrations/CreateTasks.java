package com.example.todo.migrations;

import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.string;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;

@Revision(id = "7a1c3e5b9d20", message = "create tasks")
public class CreateTasks implements Migration {

    @Override
    public void upgrade(Ops op) {
        op.createTable("tasks", t -> t
                .column("id", integer(), primaryKey(), identity())
                .column("title", string(100), notNull()));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("tasks");
    }
}
