package io.retort.operation;

import io.retort.schema.ForeignKey;
import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Table;
import java.util.List;

/** Renames a table; foreign keys elsewhere that point at it follow the new name, as they do in the database. */
public record RenameTable(String from, String to) implements Operation {

    @Override
    public Schema applyTo(Schema schema) {
        Table table = schema.require(from, describe());
        if (schema.hasTable(to)) {
            throw new SchemaReplayException(describe() + ": table \"" + to + "\" already exists");
        }
        Schema renamed = schema.without(from).with(table.withName(to));
        for (Table other : renamed.tables().values()) {
            List<ForeignKey> fks = other.foreignKeys().stream()
                    .map(fk -> fk.referencedTable().equals(from)
                            ? new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete(), fk.onUpdate())
                            : fk)
                    .toList();
            renamed = renamed.with(other.withForeignKeys(fks));
        }
        return renamed;
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new RenameTable(to, from));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameTable(this);
    }

    @Override
    public String describe() {
        return "rename table " + from + " to " + to;
    }
}
