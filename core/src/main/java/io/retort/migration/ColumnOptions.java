package io.retort.migration;

import java.util.List;

/** Column options, for static import in revisions. */
public final class ColumnOptions {

    private ColumnOptions() {
    }

    /** NOT NULL. */
    public static ColumnOption notNull() {
        return c -> c.nullable = false;
    }

    /** NULL allowed (the default; useful to be explicit). */
    public static ColumnOption nullable() {
        return c -> c.nullable = true;
    }

    /** A default the database applies, as SQL: {@code "'pending'"}, {@code "true"}, {@code "CURRENT_TIMESTAMP"}. */
    public static ColumnOption serverDefault(String sql) {
        return c -> c.serverDefault = sql;
    }

    /** Part of the table's primary key (implies NOT NULL). */
    public static ColumnOption primaryKey() {
        return c -> c.primaryKey = true;
    }

    /** A single-column unique constraint named by convention ({@code uq_<table>_<column>}). */
    public static ColumnOption unique() {
        return c -> c.unique = true;
    }

    /** A single-column index named by convention ({@code ix_<table>_<column>}). */
    public static ColumnOption indexed() {
        return c -> c.indexed = true;
    }

    /** A check constraint on this column, named {@code ck_<table>_<column>}. */
    public static ColumnOption check(String expression) {
        return c -> c.check = expression;
    }

    /** A database comment on the column (PostgreSQL; SQLite has none and ignores it). */
    public static ColumnOption comment(String text) {
        return c -> c.comment = text;
    }

    /** A database-generated integer key (identity column; SQLite INTEGER PRIMARY KEY). */
    public static ColumnOption identity() {
        return c -> c.identity = true;
    }

    /** A foreign key to {@code table(column)}; refine with {@code .onDelete(...)}, {@code .onUpdate(...)}. */
    public static References references(String table, String column) {
        return new References(table, List.of(column), null, null, null);
    }

    /** A composite foreign key target, for {@code TableSpec.foreignKey(List, References)}. */
    public static References references(String table, List<String> columns) {
        return new References(table, columns, null, null, null);
    }
}
