package io.retort.diff;

import io.retort.operation.AddColumn;
import io.retort.operation.AddConstraint;
import io.retort.operation.AlterColumn;
import io.retort.operation.CreateIndex;
import io.retort.operation.DropColumn;
import io.retort.operation.DropConstraint;
import io.retort.operation.DropIndex;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.Constraint;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The differences of one table present on both sides, sorted into the phases {@link SchemaDiff}
 * emits them in. Equality is decided on the canonical tables; emitted objects come from the
 * original target table.
 */
final class TableDiff {

    final String table;
    private final Table current;
    private final Table target;
    private final Table originalTarget;

    final Set<String> droppedForeignKeys = new TreeSet<>();
    final Set<String> droppedIndexes = new TreeSet<>();
    final Set<String> droppedConstraints = new TreeSet<>();
    final List<Change> columnChanges = new ArrayList<>();
    final List<Constraint> addedConstraints = new ArrayList<>();
    final List<Index> addedIndexes = new ArrayList<>();
    final Map<String, ForeignKey> addedForeignKeys = new TreeMap<>();
    final List<String> notices = new ArrayList<>();

    /** {@code current} and {@code target} are canonical; {@code originalTarget} supplies the emitted objects. */
    TableDiff(Table current, Table target, Table originalTarget) {
        this.table = target.name();
        this.current = current;
        this.target = target;
        this.originalTarget = originalTarget;
        compareConstraints();
        compareIndexes();
        compareColumns();
        if (!Objects.equals(current.comment(), target.comment())) {
            notices.add("table " + table + ": its comment differs, and no operation changes a table comment;"
                    + " write that change by hand with op.execute(...)");
        }
    }

    private void compareConstraints() {
        for (Constraint before : current.constraints()) {
            if (!Optional.of(before).equals(target.constraint(before.name()))) {
                (isForeignKey(before) ? droppedForeignKeys : droppedConstraints).add(before.name());
            }
        }
        // Table.constraints() lists the primary key, uniques, foreign keys, checks: the order keys are added in.
        for (Constraint after : target.constraints()) {
            if (!Optional.of(after).equals(current.constraint(after.name()))) {
                Constraint emitted = originalTarget.constraint(after.name()).orElse(after);
                if (isForeignKey(after)) {
                    addedForeignKeys.put(after.name(), (ForeignKey) emitted);
                } else {
                    addedConstraints.add(emitted);
                }
            }
        }
    }

    private void compareIndexes() {
        for (Index before : current.indexes()) {
            if (!Optional.of(before).equals(target.index(before.name()))) {
                droppedIndexes.add(before.name());
            }
        }
        for (Index after : target.indexes()) {
            if (!Optional.of(after).equals(current.index(after.name()))) {
                addedIndexes.add(originalTarget.index(after.name()).orElse(after));
            }
        }
    }

    private void compareColumns() {
        List<Change> added = new ArrayList<>();
        List<Change> altered = new ArrayList<>();
        List<Change> dropped = new ArrayList<>();
        for (Column after : target.columns()) {
            Optional<Column> before = current.column(after.name());
            if (before.isEmpty()) {
                added.add(Change.safe(new AddColumn(table, original(after))));
            } else {
                alter(before.get(), after).ifPresent(altered::add);
            }
        }
        for (Column before : current.columns()) {
            if (!target.hasColumn(before.name())) {
                dropped.add(Change.destructive(new DropColumn(table, before.name()),
                        "drops column " + table + "." + before.name() + " and its data"));
            }
        }
        if (added.size() == 1 && dropped.size() == 1) {
            String from = ((DropColumn) dropped.get(0).operation()).column();
            Column to = ((AddColumn) added.get(0).operation()).column();
            if (current.column(from).orElseThrow().type().equals(target.column(to.name()).orElseThrow().type())) {
                String hint = RenameHints.of(table, from, to.name());
                added.set(0, added.get(0).withNote(hint));
                dropped.set(0, dropped.get(0).withNote(hint));
            }
        }
        columnChanges.addAll(added);
        columnChanges.addAll(altered);
        columnChanges.addAll(dropped);
    }

    /** One AlterColumn with only the attributes that differ, flagged when it may lose data or fail. */
    private Optional<Change> alter(Column before, Column after) {
        String name = table + "." + after.name();
        if (before.identity() != after.identity()) {
            notices.add("column " + name + ": identity differs (database " + (before.identity() ? "has" : "has none")
                    + ", model " + (after.identity() ? "wants one" : "has none") + "), and alter column cannot change identity;"
                    + " write that change by hand");
        }
        Column emitted = original(after);
        io.retort.operation.Change<ColumnType> type = before.type().equals(after.type()) ? null
                : io.retort.operation.Change.to(emitted.type());
        io.retort.operation.Change<Boolean> nullable = before.nullable() == after.nullable() ? null
                : io.retort.operation.Change.to(emitted.nullable());
        io.retort.operation.Change<String> serverDefault = Objects.equals(before.serverDefault(), after.serverDefault()) ? null
                : io.retort.operation.Change.to(emitted.serverDefault());
        io.retort.operation.Change<String> comment = Objects.equals(before.comment(), after.comment()) ? null
                : io.retort.operation.Change.to(emitted.comment());
        if (type == null && nullable == null && serverDefault == null && comment == null) {
            return Optional.empty();
        }
        AlterColumn operation = new AlterColumn(table, after.name(), type, nullable, serverDefault, comment, null);
        List<String> losses = new ArrayList<>();
        if (type != null) {
            Optional.ofNullable(TypeChanges.narrowing(name, before.type(), after.type())).ifPresent(losses::add);
        }
        if (nullable != null && !after.nullable() && after.serverDefault() == null) {
            losses.add("makes " + name + " NOT NULL without a server default: fails while any row holds NULL");
        }
        return Optional.of(losses.isEmpty() ? Change.safe(operation) : Change.destructive(operation, String.join("; ", losses)));
    }

    private Column original(Column canonical) {
        return originalTarget.column(canonical.name()).orElse(canonical);
    }

    /** Whether a primary key, unique constraint or unique index over exactly {@code columns} goes away or changes. */
    boolean dropsKeyOver(List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        return current.constraints().stream().anyMatch(c -> droppedConstraints.contains(c.name()) && isKey(c, wanted))
                || current.indexes().stream().anyMatch(i -> droppedIndexes.contains(i.name()) && i.unique()
                        && new HashSet<>(i.columns()).equals(wanted));
    }

    /** Whether a primary key, unique constraint or unique index over exactly {@code columns} is added in a later phase. */
    boolean addsKeyOver(List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        return addedConstraints.stream().anyMatch(c -> isKey(c, wanted))
                || addedIndexes.stream().anyMatch(i -> i.unique() && new HashSet<>(i.columns()).equals(wanted));
    }

    /** Whether every one of {@code columns} exists before any column is added. */
    boolean hasBeforeChanges(List<String> columns) {
        return columns.stream().allMatch(current::hasColumn);
    }

    /** Drops an unchanged foreign key first and adds it back last, because the key it references is rebuilt. */
    void rebuildForeignKey(String name) {
        droppedForeignKeys.add(name);
        addedForeignKeys.put(name, originalTarget.foreignKeys().stream().filter(fk -> fk.name().equals(name)).findFirst()
                .orElseThrow());
    }

    List<DropConstraint> dropForeignKeys() {
        return droppedForeignKeys.stream().map(name -> new DropConstraint(table, name)).toList();
    }

    List<Change> dropIndexesAndConstraints() {
        List<Change> changes = new ArrayList<>();
        droppedIndexes.forEach(name -> changes.add(Change.safe(new DropIndex(table, name))));
        droppedConstraints.forEach(name -> changes.add(Change.safe(new DropConstraint(table, name))));
        return changes;
    }

    List<Change> addKeysChecksAndIndexes() {
        List<Change> changes = new ArrayList<>();
        addedConstraints.forEach(c -> changes.add(Change.safe(new AddConstraint(table, c))));
        addedIndexes.forEach(i -> changes.add(Change.safe(new CreateIndex(table, i))));
        return changes;
    }

    List<AddConstraint> addForeignKeys() {
        return addedForeignKeys.values().stream().map(fk -> new AddConstraint(table, fk)).toList();
    }

    private static boolean isForeignKey(Constraint constraint) {
        return constraint.match(pk -> false, uq -> false, fk -> true, ck -> false);
    }

    private static boolean isKey(Constraint constraint, Set<String> columns) {
        boolean key = constraint.match(pk -> true, uq -> true, fk -> false, ck -> false);
        return key && new HashSet<>(constraint.columns()).equals(columns);
    }
}
