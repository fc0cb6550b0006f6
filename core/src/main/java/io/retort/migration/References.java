package io.retort.migration;

import io.retort.schema.ForeignKey;
import io.retort.schema.Names;
import io.retort.schema.ReferentialAction;
import java.util.List;

/** The target of a foreign key and what happens on delete and update; a column option too. */
public record References(String table, List<String> columns, ReferentialAction onDelete, ReferentialAction onUpdate,
        String name) implements ColumnOption {

    public References {
        columns = List.copyOf(columns);
    }

    public References onDelete(ReferentialAction action) {
        return new References(table, columns, action, onUpdate, name);
    }

    public References onUpdate(ReferentialAction action) {
        return new References(table, columns, onDelete, action, name);
    }

    /** Overrides the conventional name {@code fk_<table>_<columns>_<referenced table>}. */
    public References named(String constraintName) {
        return new References(table, columns, onDelete, onUpdate, constraintName);
    }

    @Override
    public void applyTo(ColumnSpec column) {
        column.references = this;
    }

    ForeignKey toForeignKey(String fromTable, List<String> fromColumns) {
        String fkName = name != null ? name : Names.foreignKey(fromTable, fromColumns, table);
        return new ForeignKey(fkName, fromColumns, table, columns, onDelete, onUpdate);
    }
}
