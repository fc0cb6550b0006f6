package io.retort.migration;

import io.retort.operation.AlterColumn;
import io.retort.operation.Change;
import io.retort.schema.ColumnType;

/** What {@code op.alterColumn(...)} changes; anything not mentioned stays as it is. */
public final class ColumnChange {

    private final String table;
    private final String column;
    private Change<ColumnType> type;
    private Change<Boolean> nullable;
    private Change<String> serverDefault;
    private Change<String> comment;
    private String using;

    ColumnChange(String table, String column) {
        this.table = table;
        this.column = column;
    }

    public ColumnChange type(ColumnType newType) {
        this.type = Change.to(newType);
        return this;
    }

    /** A type change with PostgreSQL's conversion expression, e.g. {@code "amount::numeric(10,2)"}. */
    public ColumnChange type(ColumnType newType, String usingExpression) {
        this.using = usingExpression;
        return type(newType);
    }

    public ColumnChange notNull() {
        this.nullable = Change.to(false);
        return this;
    }

    public ColumnChange nullable() {
        this.nullable = Change.to(true);
        return this;
    }

    public ColumnChange serverDefault(String sql) {
        this.serverDefault = Change.to(sql);
        return this;
    }

    public ColumnChange dropServerDefault() {
        this.serverDefault = Change.to(null);
        return this;
    }

    public ColumnChange comment(String text) {
        this.comment = Change.to(text);
        return this;
    }

    AlterColumn toOperation() {
        return new AlterColumn(table, column, type, nullable, serverDefault, comment, using);
    }
}
