package io.retort.diff;

import io.retort.operation.AddConstraint;
import io.retort.operation.CreateSequence;
import io.retort.operation.CreateTable;
import io.retort.operation.DropConstraint;
import io.retort.operation.DropSequence;
import io.retort.operation.DropTable;
import io.retort.schema.ForeignKey;
import io.retort.schema.Schema;
import io.retort.schema.Sequence;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Autogenerate's comparison: the operations that turn one schema into another. Tables, columns,
 * constraints and indexes are matched by name (the naming convention makes names reliable);
 * whether two objects are equal is decided on the dialect's canonical forms, while the emitted
 * operations carry the target's own objects.
 *
 * <p>Operations come in a fixed order so each one applies: drop foreign keys; drop indexes and other
 * constraints; drop tables (referencing tables first); drop sequences; create sequences (before the
 * tables whose defaults may call them); create tables (referenced tables first); add, alter and drop
 * columns; add primary keys, uniques, checks and indexes; add foreign keys. Within a phase, tables
 * and sequences go by name. A sequence whose start or increment changed is dropped and created again.
 */
public final class SchemaDiff {

    private static final Comparator<DropConstraint> DROP_ORDER =
            Comparator.comparing(DropConstraint::table).thenComparing(DropConstraint::name);
    private static final Comparator<AddConstraint> ADD_ORDER =
            Comparator.comparing(AddConstraint::table).thenComparing(a -> a.constraint().name());

    private SchemaDiff() {
    }

    /** {@link #compare(Schema, Schema, UnaryOperator)} where schemas are compared as they are. */
    public static DiffResult compare(Schema current, Schema target) {
        return compare(current, target, UnaryOperator.identity());
    }

    /**
     * The operations that turn {@code current} (the live database introspected, or the schema replayed
     * from the revisions) into {@code target} (the entity model). {@code canonical} folds what the
     * database cannot tell apart, usually {@code dialect::canonical}.
     */
    public static DiffResult compare(Schema current, Schema target, UnaryOperator<Schema> canonical) {
        Schema canonicalCurrent = canonical.apply(current);
        Schema canonicalTarget = canonical.apply(target);

        Map<String, TableDiff> kept = new TreeMap<>();
        Map<String, Table> dropped = new TreeMap<>();
        Map<String, Table> created = new TreeMap<>();
        for (Table before : canonicalCurrent.tables().values()) {
            canonicalTarget.table(before.name()).ifPresentOrElse(
                    after -> kept.put(before.name(), new TableDiff(before, after, original(target, after))),
                    () -> dropped.put(before.name(), before));
        }
        for (Table after : canonicalTarget.tables().values()) {
            if (!canonicalCurrent.hasTable(after.name())) {
                created.put(after.name(), original(target, after));
            }
        }

        List<DropConstraint> foreignKeyDrops = new ArrayList<>();
        foreignKeyDrops.addAll(rebuildForeignKeysOfRebuiltKeys(canonicalCurrent, kept, dropped));
        kept.values().forEach(d -> foreignKeyDrops.addAll(d.dropForeignKeys()));
        TableOrder.Drops drops = TableOrder.drops(dropped);
        foreignKeyDrops.addAll(drops.brokenForeignKeys());
        TableOrder.Creates creates = TableOrder.creates(created, fk -> readyBeforeCreates(fk, canonicalCurrent, kept));

        List<Change> changes = new ArrayList<>();
        foreignKeyDrops.stream().sorted(DROP_ORDER).forEach(op -> changes.add(Change.safe(op)));
        kept.values().forEach(d -> changes.addAll(d.dropIndexesAndConstraints()));
        drops.tables().forEach(name -> changes.add(Change.destructive(new DropTable(name),
                "drops table " + name + " and all its rows")));
        changes.addAll(sequenceChanges(canonicalCurrent, canonicalTarget, target));
        List<String> notices = new ArrayList<>();
        EnumChanges enums = EnumChanges.between(canonicalCurrent, canonicalTarget, notices);
        changes.addAll(enums.creates());
        creates.tables().forEach(table -> changes.add(Change.safe(new CreateTable(table))));
        kept.values().forEach(d -> changes.addAll(d.columnChanges));
        kept.values().forEach(d -> changes.addAll(d.addKeysChecksAndIndexes()));
        List<AddConstraint> foreignKeyAdds = new ArrayList<>(creates.deferredForeignKeys());
        kept.values().forEach(d -> foreignKeyAdds.addAll(d.addForeignKeys()));
        foreignKeyAdds.stream().sorted(ADD_ORDER).forEach(op -> changes.add(Change.safe(op)));
        changes.addAll(enums.drops());

        kept.values().forEach(d -> notices.addAll(d.notices));
        return new DiffResult(changes, notices);
    }

    /**
     * Drops of sequences gone or changed, then creates of sequences new or changed. A changed one is
     * dropped and created again (PostgreSQL's ALTER SEQUENCE could keep its position, but no operation
     * says that yet), so the note warns that it restarts.
     */
    private static List<Change> sequenceChanges(Schema current, Schema target, Schema originalTarget) {
        List<Change> drops = new ArrayList<>();
        List<Change> creates = new ArrayList<>();
        for (Sequence before : current.sequences().values()) {
            Sequence after = target.sequences().get(before.name());
            if (after == null) {
                drops.add(Change.safe(new DropSequence(before.name())));
            } else if (!after.equals(before)) {
                drops.add(new Change(new DropSequence(before.name()), false, "start or increment changed (start " + before.start()
                        + ", increment " + before.increment() + " -> start " + after.start() + ", increment " + after.increment()
                        + "): recreated, so it restarts at " + after.start() + " and may hand out ids already used"));
            }
        }
        for (Sequence after : target.sequences().values()) {
            if (!after.equals(current.sequences().get(after.name()))) {
                creates.add(Change.safe(new CreateSequence(originalTarget.sequence(after.name()).orElse(after))));
            }
        }
        List<Change> all = new ArrayList<>(drops);
        all.addAll(creates);
        return all;
    }

    /**
     * A foreign key that stays the same still has to go while the key it references is dropped and
     * added again (the database refuses to drop a referenced key). Kept tables' such keys are dropped
     * and re-added by their diff; dropped tables' are returned, to drop before the key.
     */
    private static List<DropConstraint> rebuildForeignKeysOfRebuiltKeys(Schema current, Map<String, TableDiff> kept,
            Map<String, Table> dropped) {
        List<DropConstraint> extra = new ArrayList<>();
        for (Table table : current.tables().values()) {
            TableDiff own = kept.get(table.name());
            for (ForeignKey fk : table.foreignKeys()) {
                TableDiff referenced = kept.get(fk.referencedTable());
                if (referenced == null || !referenced.dropsKeyOver(fk.referencedColumns())) {
                    continue;
                }
                if (dropped.containsKey(table.name())) {
                    extra.add(new DropConstraint(table.name(), fk.name()));
                } else if (own != null && !own.droppedForeignKeys.contains(fk.name())) {
                    own.rebuildForeignKey(fk.name());
                }
            }
        }
        return extra;
    }

    /** Whether a new table's foreign key to an existing table can be part of its CREATE TABLE. */
    private static boolean readyBeforeCreates(ForeignKey fk, Schema current, Map<String, TableDiff> kept) {
        TableDiff referenced = kept.get(fk.referencedTable());
        if (referenced == null) {
            // Neither kept nor created: the target itself is inconsistent; leave the key where it was declared.
            return !current.hasTable(fk.referencedTable());
        }
        return referenced.hasBeforeChanges(fk.referencedColumns()) && !referenced.addsKeyOver(fk.referencedColumns());
    }

    private static Table original(Schema target, Table canonical) {
        return target.table(canonical.name()).orElse(canonical);
    }
}
