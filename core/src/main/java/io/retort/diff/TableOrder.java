package io.retort.diff;

import io.retort.operation.AddConstraint;
import io.retort.operation.DropConstraint;
import io.retort.schema.ForeignKey;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The order tables are dropped and created in, so that foreign keys never point at a missing table:
 * a referencing table is dropped first and created last. Ties go by table name; a cycle is broken
 * at the first table by name.
 */
final class TableOrder {

    private TableOrder() {
    }

    /** Tables to drop in order, and the foreign keys to drop beforehand to break cycles among them. */
    record Drops(List<String> tables, List<DropConstraint> brokenForeignKeys) {
    }

    /** Tables to create in order (without their deferred foreign keys), and those foreign keys to add afterwards. */
    record Creates(List<Table> tables, List<AddConstraint> deferredForeignKeys) {
    }

    static Drops drops(Map<String, Table> dropped) {
        Map<String, Table> remaining = new TreeMap<>(dropped);
        Set<String> brokenNames = new HashSet<>();
        List<String> order = new ArrayList<>();
        List<DropConstraint> broken = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = remaining.keySet().stream()
                    .filter(name -> referencing(remaining, name, brokenNames).isEmpty())
                    .findFirst().orElse(null);
            if (next == null) {
                next = remaining.keySet().iterator().next();
                for (DropConstraint fk : referencing(remaining, next, brokenNames)) {
                    broken.add(fk);
                    brokenNames.add(fk.table() + "." + fk.name());
                }
            }
            order.add(next);
            remaining.remove(next);
        }
        return new Drops(order, broken);
    }

    /** Foreign keys of the other remaining tables that point at {@code name}, not yet dropped. */
    private static List<DropConstraint> referencing(Map<String, Table> remaining, String name, Set<String> brokenNames) {
        List<DropConstraint> found = new ArrayList<>();
        for (Table other : remaining.values()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (!other.name().equals(name) && fk.referencedTable().equals(name)
                        && !brokenNames.contains(other.name() + "." + fk.name())) {
                    found.add(new DropConstraint(other.name(), fk.name()));
                }
            }
        }
        return found;
    }

    /**
     * {@code readyElsewhere} says whether a foreign key to a table that is not being created can go
     * into CREATE TABLE (the referenced key already exists); otherwise it is added at the end.
     */
    static Creates creates(Map<String, Table> created, Predicate<ForeignKey> readyElsewhere) {
        Map<String, Table> remaining = new TreeMap<>(created);
        List<Table> order = new ArrayList<>();
        List<AddConstraint> deferred = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = remaining.values().stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(fk -> !waitsFor(fk, t, remaining)))
                    .map(Table::name).findFirst().orElse(remaining.keySet().iterator().next());
            Table table = remaining.remove(next);
            List<ForeignKey> inline = new ArrayList<>();
            for (ForeignKey fk : table.foreignKeys()) {
                boolean later = waitsFor(fk, table, remaining)
                        || !created.containsKey(fk.referencedTable()) && !readyElsewhere.test(fk);
                if (later) {
                    deferred.add(new AddConstraint(table.name(), fk));
                } else {
                    inline.add(fk);
                }
            }
            order.add(table.withForeignKeys(inline));
        }
        return new Creates(order, deferred);
    }

    /** Whether {@code fk} of {@code table} points at another table still to be created. */
    private static boolean waitsFor(ForeignKey fk, Table table, Map<String, Table> remaining) {
        return !fk.referencedTable().equals(table.name()) && remaining.containsKey(fk.referencedTable());
    }
}
