package io.retort.schema;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * An immutable snapshot of a database schema: tables by name. Operations replay onto it, so the
 * schema implied by a chain of revisions is known without a database.
 */
public record Schema(Map<String, Table> tables) {

    public static final Schema EMPTY = new Schema(Map.of());

    public Schema {
        tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    public static Schema of(Collection<Table> tables) {
        Map<String, Table> byName = new TreeMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        return new Schema(byName);
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public boolean hasTable(String name) {
        return tables.containsKey(name);
    }

    /** The table, or a replay error naming the operation that expected it. */
    public Table require(String name, String operation) {
        Table table = tables.get(name);
        if (table == null) {
            throw new SchemaReplayException(operation + ": table \"" + name + "\" does not exist at this point of the revision chain");
        }
        return table;
    }

    public Schema with(Table table) {
        Map<String, Table> copy = new TreeMap<>(tables);
        copy.put(table.name(), table);
        return new Schema(copy);
    }

    public Schema without(String name) {
        Map<String, Table> copy = new TreeMap<>(tables);
        copy.remove(name);
        return new Schema(copy);
    }

    public Schema change(String name, String operation, UnaryOperator<Table> change) {
        return with(change.apply(require(name, operation)));
    }
}
