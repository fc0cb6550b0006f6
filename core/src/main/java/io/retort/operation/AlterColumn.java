package io.retort.operation;

import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import java.util.List;

/**
 * Changes a column's type, nullability, server default or comment. A null {@link Change} leaves that
 * attribute as it is. {@code using} is PostgreSQL's conversion expression for a type change.
 */
public record AlterColumn(String table, String column, Change<ColumnType> type, Change<Boolean> nullable,
        Change<String> serverDefault, Change<String> comment, String using) implements Operation {

    public AlterColumn {
        if (type == null && nullable == null && serverDefault == null && comment == null) {
            throw new SchemaReplayException("alter column " + table + "." + column + ": nothing to change");
        }
        if (type != null && type.value() == null || nullable != null && nullable.value() == null) {
            throw new SchemaReplayException("alter column " + table + "." + column + ": a type or nullability change needs a value");
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table current = schema.require(table, describe());
        Columns.require(current, column, describe());
        return schema.with(current.withColumn(column, this::apply));
    }

    /** The column as it is after this change. */
    public Column apply(Column before) {
        Column after = before;
        if (type != null) {
            after = after.withType(type.value());
        }
        if (nullable != null) {
            after = after.withNullable(nullable.value());
        }
        if (serverDefault != null) {
            after = after.withServerDefault(serverDefault.value());
        }
        if (comment != null) {
            after = after.withComment(comment.value());
        }
        return after;
    }

    @Override
    public List<Operation> reverse(Schema before) {
        Column old = before.require(table, describe()).column(column)
                .orElseThrow(() -> new SchemaReplayException(describe() + ": table \"" + table + "\" has no column \"" + column + "\""));
        return List.of(new AlterColumn(table, column,
                type == null ? null : Change.to(old.type()),
                nullable == null ? null : Change.to(old.nullable()),
                serverDefault == null ? null : Change.to(old.serverDefault()),
                comment == null ? null : Change.to(old.comment()),
                null));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column;
    }

    /** A type change may narrow data; making a column NOT NULL without a default may fail on existing rows. */
    @Override
    public boolean destructive() {
        return type != null || nullable != null && !nullable.value() && serverDefault == null;
    }
}
