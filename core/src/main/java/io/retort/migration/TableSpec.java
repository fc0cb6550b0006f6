package io.retort.migration;

import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.serverDefault;

import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.Names;
import io.retort.schema.PrimaryKey;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * A table being declared in {@code op.createTable(...)}. Constraints and indexes declared here are
 * named by convention ({@code pk_}, {@code uq_}, {@code fk_}, {@code ck_}, {@code ix_}).
 */
public final class TableSpec {

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private String comment;

    TableSpec(String name) {
        this.name = name;
    }

    /** A column with its type and options ({@code notNull()}, {@code serverDefault(...)}, {@code references(...)}, ...). */
    public TableSpec column(String columnName, ColumnType type, ColumnOption... options) {
        ColumnSpec spec = new ColumnSpec(columnName, type, options);
        columns.add(spec.toColumn());
        if (spec.primaryKey) {
            primaryKey.add(columnName);
        }
        if (spec.unique) {
            unique(columnName);
        }
        if (spec.indexed) {
            index(columnName);
        }
        if (spec.check != null) {
            checks.add(new CheckConstraint(Names.check(name, columnName), spec.check));
        }
        if (spec.references != null) {
            foreignKeys.add(spec.references.toForeignKey(name, List.of(columnName)));
        }
        return this;
    }

    /**
     * The columns of Retort's {@code Entity} base: {@code id} (ULID, primary key), {@code created_at}
     * and {@code updated_at} (timestamp with time zone, default now) and {@code tags} (JSON list, default empty).
     */
    public TableSpec entityColumns() {
        return column("id", ColumnTypes.ulid(), ColumnOptions.primaryKey())
                .column("created_at", ColumnTypes.timestampTz(), notNull(), serverDefault("CURRENT_TIMESTAMP"))
                .column("updated_at", ColumnTypes.timestampTz(), notNull(), serverDefault("CURRENT_TIMESTAMP"))
                .column("tags", ColumnTypes.json(), notNull(), serverDefault("'[]'"));
    }

    /** The primary key over several columns, in key order. */
    public TableSpec primaryKey(String... keyColumns) {
        primaryKey.clear();
        primaryKey.addAll(List.of(keyColumns));
        return this;
    }

    /** A unique constraint over one or more columns. */
    public TableSpec unique(String... uniqueColumns) {
        uniques.add(new UniqueConstraint(Names.unique(name, List.of(uniqueColumns)), List.of(uniqueColumns)));
        return this;
    }

    /** A foreign key from one column. */
    public TableSpec foreignKey(String column, References references) {
        return foreignKey(List.of(column), references);
    }

    /** A foreign key from several columns. */
    public TableSpec foreignKey(List<String> fromColumns, References references) {
        foreignKeys.add(references.toForeignKey(name, fromColumns));
        return this;
    }

    /** A check constraint named {@code ck_<table>_<label>}. */
    public TableSpec check(String label, String expression) {
        checks.add(new CheckConstraint(Names.check(name, label), expression));
        return this;
    }

    /** A plain index over one or more columns, named {@code ix_<table>_<columns>}. */
    public TableSpec index(String... indexColumns) {
        indexes.add(new Index(Names.index(name, List.of(indexColumns)), List.of(indexColumns), false, null));
        return this;
    }

    /** A comment on the table (PostgreSQL). */
    public TableSpec comment(String text) {
        this.comment = text;
        return this;
    }

    Table toTable() {
        PrimaryKey pk = primaryKey.isEmpty() ? null : new PrimaryKey(Names.primaryKey(name), primaryKey);
        List<Column> finalColumns = columns.stream()
                .map(c -> primaryKey.contains(c.name()) ? c.withNullable(false) : c)
                .toList();
        return new Table(name, finalColumns, pk, uniques, foreignKeys, checks, indexes, comment);
    }
}
