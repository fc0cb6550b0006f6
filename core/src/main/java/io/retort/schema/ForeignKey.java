package io.retort.schema;

import java.util.List;
import java.util.function.Function;

/** A named foreign key from {@code columns} to {@code referencedColumns} of {@code referencedTable}. */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        ReferentialAction onDelete, ReferentialAction onUpdate) implements Constraint {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("Foreign key " + name + " has " + columns.size()
                    + " column(s) but references " + referencedColumns.size());
        }
    }

    @Override
    public <R> R match(Function<PrimaryKey, R> primaryKey, Function<UniqueConstraint, R> unique,
            Function<ForeignKey, R> foreignKey, Function<CheckConstraint, R> check) {
        return foreignKey.apply(this);
    }
}
