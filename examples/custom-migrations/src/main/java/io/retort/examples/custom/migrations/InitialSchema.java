package io.retort.examples.custom.migrations;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;
import io.retort.tables.ReadyMadeTables;

/** Retort's ready-made tables and this application's own, in one first revision. */
@Revision(id = "c0ffee000001", message = "initial schema")
public class InitialSchema implements Migration {

    @Override
    public void upgrade(Ops op) {
        ReadyMadeTables.createConfigsTable(op);
        ReadyMadeTables.createArtifactsTable(op);
        ReadyMadeTables.createConfigArtifactsTable(op);
        ReadyMadeTables.createTasksTable(op);
        AppTables.createUsersTable(op);
        AppTables.createOrdersTable(op);
    }

    @Override
    public void downgrade(Ops op) {
        AppTables.dropOrdersTable(op);
        AppTables.dropUsersTable(op);
        ReadyMadeTables.dropTasksTable(op);
        ReadyMadeTables.dropConfigArtifactsTable(op);
        ReadyMadeTables.dropArtifactsTable(op);
        ReadyMadeTables.dropConfigsTable(op);
    }
}
