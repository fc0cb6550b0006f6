package io.retort.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * An immutable snapshot of a database schema: tables and sequences by name, each map sorted by name.
 * Operations replay onto it, so the schema implied by a chain of revisions is known without a database.
 */
public record Schema(Map<String, Table> tables, Map<String, Sequence> sequences, Map<String, EnumType> enums) {

    public static final Schema EMPTY = new Schema(Map.of(), Map.of());

    public Schema {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
        sequences = Collections.unmodifiableMap(new TreeMap<>(sequences == null ? Map.of() : sequences));
        enums = Collections.unmodifiableMap(new TreeMap<>(enums == null ? Map.of() : enums));
    }

    /** Tables and sequences, no enum types. */
    public Schema(Map<String, Table> tables, Map<String, Sequence> sequences) {
        this(tables, sequences, Map.of());
    }

    /** Tables only, no sequences. */
    public Schema(Map<String, Table> tables) {
        this(tables, Map.of());
    }

    public static Schema of(Collection<Table> tables) {
        return of(tables, List.of());
    }

    public static Schema of(Collection<Table> tables, Collection<Sequence> sequences) {
        Map<String, Table> tablesByName = new TreeMap<>();
        tables.forEach(t -> tablesByName.put(t.name(), t));
        Map<String, Sequence> sequencesByName = new TreeMap<>();
        sequences.forEach(s -> sequencesByName.put(s.name(), s));
        return new Schema(tablesByName, sequencesByName);
    }

    /** The same schema with these enum types instead of its own. */
    public Schema withEnums(Collection<EnumType> newEnums) {
        Map<String, EnumType> byName = new TreeMap<>();
        newEnums.forEach(e -> byName.put(e.name(), e));
        return new Schema(tables, sequences, byName);
    }

    public Optional<EnumType> enumType(String name) {
        return Optional.ofNullable(enums.get(name));
    }

    /** The enum type, or a replay error naming the operation that expected it. */
    public EnumType requireEnum(String name, String operation) {
        EnumType type = enums.get(name);
        if (type == null) {
            throw new SchemaReplayException(operation + ": enum type \"" + name + "\" does not exist at this point of the revision chain");
        }
        return type;
    }

    public Schema withEnum(EnumType type) {
        Map<String, EnumType> copy = new TreeMap<>(enums);
        copy.put(type.name(), type);
        return new Schema(tables, sequences, copy);
    }

    public Schema withoutEnum(String name) {
        Map<String, EnumType> copy = new TreeMap<>(enums);
        copy.remove(name);
        return new Schema(tables, sequences, copy);
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
        return new Schema(copy, sequences, enums);
    }

    public Schema without(String name) {
        Map<String, Table> copy = new TreeMap<>(tables);
        copy.remove(name);
        return new Schema(copy, sequences, enums);
    }

    public Schema change(String name, String operation, UnaryOperator<Table> change) {
        return with(change.apply(require(name, operation)));
    }

    public Optional<Sequence> sequence(String name) {
        return Optional.ofNullable(sequences.get(name));
    }

    public boolean hasSequence(String name) {
        return sequences.containsKey(name);
    }

    /** The sequence, or a replay error naming the operation that expected it. */
    public Sequence requireSequence(String name, String operation) {
        Sequence sequence = sequences.get(name);
        if (sequence == null) {
            throw new SchemaReplayException(operation + ": sequence \"" + name + "\" does not exist at this point of the revision chain");
        }
        return sequence;
    }

    public Schema withSequence(Sequence sequence) {
        Map<String, Sequence> copy = new TreeMap<>(sequences);
        copy.put(sequence.name(), sequence);
        return new Schema(tables, copy, enums);
    }

    public Schema withoutSequence(String name) {
        Map<String, Sequence> copy = new TreeMap<>(sequences);
        copy.remove(name);
        return new Schema(tables, copy, enums);
    }

    /** The same sequences with other tables: for canonical forms and rebuilt snapshots that must not lose them. */
    public Schema withTables(Collection<Table> newTables) {
        return of(newTables, sequences.values()).withEnums(enums.values());
    }
}
