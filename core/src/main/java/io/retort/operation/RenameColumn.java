package io.retort.operation;

import io.retort.schema.CheckConstraint;
import io.retort.schema.ForeignKey;
import io.retort.schema.PrimaryKey;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.List;

/** Renames a column; keys and indexes over it (and foreign keys elsewhere pointing at it) follow. */
public record RenameColumn(String table, String from, String to) implements Operation {

    @Override
    public Schema applyTo(Schema schema) {
        Table current = schema.require(table, describe());
        Columns.require(current, from, describe());
        if (current.hasColumn(to)) {
            throw new SchemaReplayException(describe() + ": table \"" + table + "\" already has a column \"" + to + "\"");
        }
        PrimaryKey pk = current.primaryKey() == null ? null
                : new PrimaryKey(current.primaryKey().name(), rename(current.primaryKey().columns()));
        Table renamed = current.withColumn(from, c -> c.withName(to))
                .withPrimaryKey(pk)
                .withUniques(current.uniques().stream().map(u -> new UniqueConstraint(u.name(), rename(u.columns()))).toList())
                .withForeignKeys(current.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), rename(fk.columns()),
                        fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate())).toList())
                .withChecks(current.checks().stream()
                        .map(c -> new CheckConstraint(c.name(), SqlWords.rename(c.expression(), from, to))).toList())
                .withIndexes(current.indexes().stream().map(i -> i.withColumns(rename(i.columns()))
                        .withWhere(SqlWords.rename(i.where(), from, to))).toList());
        Schema result = schema.with(renamed);
        for (Table other : result.tables().values()) {
            List<ForeignKey> fks = other.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(table)
                            ? new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), rename(fk.referencedColumns()), fk.onDelete(), fk.onUpdate())
                            : fk)
                    .toList();
            result = result.with(other.withForeignKeys(fks));
        }
        return result;
    }

    private List<String> rename(List<String> columns) {
        return columns.stream().map(c -> c.equals(from) ? to : c).toList();
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new RenameColumn(table, to, from));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameColumn(this);
    }

    @Override
    public String describe() {
        return "rename column " + table + "." + from + " to " + to;
    }
}
