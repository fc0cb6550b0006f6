package io.retort.schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A table in a schema snapshot. Columns keep their order (it is part of the table); constraints and
 * indexes are kept sorted by name so that two snapshots compare equal whatever order they were built in.
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
        List<ForeignKey> foreignKeys, List<CheckConstraint> checks, List<Index> indexes, String comment) implements Serializable {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniques = sorted(uniques, UniqueConstraint::name);
        foreignKeys = sorted(foreignKeys, ForeignKey::name);
        checks = sorted(checks, CheckConstraint::name);
        indexes = sorted(indexes, Index::name);
    }

    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public boolean hasColumn(String columnName) {
        return column(columnName).isPresent();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    /** Every named constraint of the table, primary key first. */
    public List<Constraint> constraints() {
        List<Constraint> all = new ArrayList<>();
        if (primaryKey != null) {
            all.add(primaryKey);
        }
        all.addAll(uniques);
        all.addAll(foreignKeys);
        all.addAll(checks);
        return all;
    }

    public Optional<Constraint> constraint(String constraintName) {
        return constraints().stream().filter(c -> Objects.equals(c.name(), constraintName)).findFirst();
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniques, foreignKeys, checks, indexes, comment);
    }

    public Table withColumn(String columnName, UnaryOperator<Column> change) {
        return withColumns(columns.stream().map(c -> c.name().equals(columnName) ? change.apply(c) : c).toList());
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniques, foreignKeys, checks, indexes, comment);
    }

    public Table withUniques(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, foreignKeys, checks, indexes, comment);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniques, newForeignKeys, checks, indexes, comment);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, newChecks, indexes, comment);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, newIndexes, comment);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, newComment);
    }

    /** The table without the named constraint, whatever its kind. */
    public Table withoutConstraint(String constraintName) {
        PrimaryKey pk = primaryKey != null && constraintName.equals(primaryKey.name()) ? null : primaryKey;
        return new Table(name, columns, pk, without(uniques, u -> u.name().equals(constraintName)),
                without(foreignKeys, f -> f.name().equals(constraintName)),
                without(checks, c -> c.name().equals(constraintName)), indexes, comment);
    }

    static <T> List<T> without(List<T> items, Predicate<T> drop) {
        return items.stream().filter(drop.negate()).toList();
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> key) {
        List<T> copy = new ArrayList<>(items == null ? List.of() : items);
        copy.sort(Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(copy);
    }
}
