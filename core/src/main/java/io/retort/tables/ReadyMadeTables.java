package io.retort.tables;

import static io.retort.migration.ColumnOptions.indexed;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnOptions.unique;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.bytes;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.json;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.migration.ColumnTypes.ulid;
import static io.retort.schema.ReferentialAction.CASCADE;
import static io.retort.schema.ReferentialAction.SET_NULL;

import io.retort.migration.Ops;

/**
 * Ready-made tables, created and dropped by helpers any revision can call next to its own. They match
 * the entities of {@code io.retort:retort-tables}; nothing creates them unless a revision calls these.
 */
public final class ReadyMadeTables {

    private ReadyMadeTables() {
    }

    /** {@code configs}: named JSON configurations. */
    public static void createConfigsTable(Ops op) {
        op.createTable("configs", t -> t
                .entityColumns()
                .column("name", text(), notNull(), indexed())
                .column("data", json(), notNull()));
    }

    public static void dropConfigsTable(Ops op) {
        op.dropTable("configs");
    }

    /** {@code artifacts}: hierarchical binary artifacts; a parent's deletion leaves its children as roots. */
    public static void createArtifactsTable(Ops op) {
        op.createTable("artifacts", t -> t
                .entityColumns()
                .column("parent_id", ulid(), references("artifacts", "id").onDelete(SET_NULL), indexed())
                .column("data", bytes(), notNull())
                .column("level", integer(), notNull(), indexed()));
    }

    public static void dropArtifactsTable(Ops op) {
        op.dropTable("artifacts");
    }

    /** {@code config_artifacts}: links an artifact to one config; both sides cascade on delete. */
    public static void createConfigArtifactsTable(Ops op) {
        op.createTable("config_artifacts", t -> t
                .column("config_id", ulid(), notNull(), references("configs", "id").onDelete(CASCADE))
                .column("artifact_id", ulid(), notNull(), references("artifacts", "id").onDelete(CASCADE), unique())
                // Hibernate orders a composite key by property name; the key follows it.
                .primaryKey("artifact_id", "config_id"));
    }

    public static void dropConfigArtifactsTable(Ops op) {
        op.dropTable("config_artifacts");
    }

    /** {@code tasks}: commands to run, shell by default, enabled by default. */
    public static void createTasksTable(Ops op) {
        op.createTable("tasks", t -> t
                .entityColumns()
                .column("command", text(), notNull())
                .column("task_type", text(), notNull(), serverDefault("'shell'"))
                .column("parameters", json())
                .column("enabled", bool(), notNull(), serverDefault("true")));
    }

    public static void dropTasksTable(Ops op) {
        op.dropTable("tasks");
    }
}
