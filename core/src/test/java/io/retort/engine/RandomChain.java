package io.retort.engine;

import io.retort.migration.Ops;
import io.retort.operation.AddColumn;
import io.retort.operation.AddConstraint;
import io.retort.operation.AlterColumn;
import io.retort.operation.Change;
import io.retort.operation.CreateEnum;
import io.retort.operation.CreateIndex;
import io.retort.operation.CreateSequence;
import io.retort.operation.CreateTable;
import io.retort.operation.DropColumn;
import io.retort.operation.DropConstraint;
import io.retort.operation.DropEnum;
import io.retort.operation.DropIndex;
import io.retort.operation.DropSequence;
import io.retort.operation.DropTable;
import io.retort.operation.ExecuteSql;
import io.retort.operation.Operation;
import io.retort.operation.RenameColumn;
import io.retort.operation.RenameTable;
import io.retort.operation.ValidateConstraint;
import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import io.retort.schema.Constraint;
import io.retort.schema.EnumType;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.PrimaryKey;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Schema;
import io.retort.schema.Sequence;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A seeded random chain of revisions using every operation of the DSL, raw SQL included, each with
 * a downgrade that undoes it (the operations' own reverses; raw SQL's undo written here). Every
 * chain is valid on both databases by construction; what it may not do is end with a schema or
 * rows that differ between them, or from the replayed schema.
 *
 * <p>Column names carry their role, so that whoever inserts rows later knows what to write from the
 * schema alone: {@code id} (the key, never renamed or dropped), {@code c..} (created with the table:
 * a distinct value in every row, so unique constraints hold), {@code a..} (added later, maybe with a
 * shared default), {@code r..} (references: always NULL in inserted rows). A rename appends
 * {@code _n} and keeps the prefix.
 */
public final class RandomChain {

    /** The revisions, how many of each operation they contain (upgrades only), and what each does, to reproduce a failure. */
    public record Generated(long seed, List<LoadedRevision> revisions, Map<String, Integer> operations, List<String> described) {
    }

    /** One operation and what undoes it, in order. */
    private record Planned(Operation operation, List<Operation> undo) {
    }

    private static final List<ColumnType> TYPES = List.of(ColumnType.of(Kind.INTEGER), ColumnType.of(Kind.BIGINT),
            new ColumnType(Kind.STRING, 40, null, null, null), ColumnType.of(Kind.TEXT), ColumnType.of(Kind.BOOLEAN),
            new ColumnType(Kind.NUMERIC, null, 10, 2, null), ColumnType.of(Kind.DATE));

    /** Raw SQL's rows get ids from here, far above the ids of the rows inserted between steps. */
    private static final int RAW_IDS = 900_000;

    private final Random random;
    /** Whether the chain must also run on MariaDB: no partial indexes or enum types, names bare in expressions, raw SQL in its quoting. */
    private final boolean withMariaDb;
    private final Map<String, Integer> counts = new TreeMap<>();
    private Schema schema = Schema.EMPTY;
    private int names;

    private RandomChain(long seed, boolean withMariaDb) {
        this.random = new Random(seed);
        this.withMariaDb = withMariaDb;
    }

    /** The operations a chain valid on MariaDB never draws: MariaDB has no named enum types. */
    public static final Set<String> NOT_ON_MARIADB = Set.of("CreateEnum", "DropEnum");

    public static Generated generate(long seed, int revisions, int operationsPerRevision) {
        return generate(seed, revisions, operationsPerRevision, false);
    }

    /** A chain valid on PostgreSQL and SQLite, and on MariaDB as well when {@code withMariaDb}. */
    public static Generated generate(long seed, int revisions, int operationsPerRevision, boolean withMariaDb) {
        RandomChain generator = new RandomChain(seed, withMariaDb);
        List<LoadedRevision> chain = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 1; i <= revisions; i++) {
            List<Planned> planned = new ArrayList<>();
            for (int k = 0; k < operationsPerRevision; k++) {
                planned.addAll(generator.next());
            }
            List<Operation> up = planned.stream().map(Planned::operation).toList();
            List<Operation> down = new ArrayList<>();
            for (int k = planned.size() - 1; k >= 0; k--) {
                down.addAll(planned.get(k).undo());
            }
            String id = String.format("q%03d", i);
            described.add(id + ": " + String.join("; ", up.stream().map(Operation::describe).toList()));
            chain.add(GeneratedChain.revision(id, i > 1 ? String.format("q%03d", i - 1) : null, "random step " + i,
                    op -> up.forEach(op::add), op -> down.forEach(op::add)));
        }
        return new Generated(seed, chain, generator.counts, described);
    }

    /** The next operation(s): a random kind whose preconditions hold; creating a table always can. */
    private List<Planned> next() {
        List<Supplier<Optional<List<Planned>>>> kinds = new ArrayList<>(List.of(this::createTable, this::dropTable, this::renameTable,
                this::addColumn, this::dropColumn, this::alterType, this::alterNullability, this::alterDefault,
                this::renameColumn, this::createIndex, this::dropIndex, this::addUnique, this::addCheck, this::addForeignKey,
                this::addPrimaryKey, this::validateConstraint, this::dropConstraint, this::createSequence, this::dropSequence, this::insertRows));
        if (!withMariaDb) {
            kinds.addAll(List.of(this::createEnum, this::dropEnum));
        }
        for (int attempt = 0; attempt < 40; attempt++) {
            Optional<List<Planned>> chosen = schema.tables().size() < 2
                    ? createTable()
                    : kinds.get(random.nextInt(kinds.size())).get();
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return createTable().orElseThrow();
    }

    /** Plans {@code operation}: its undo is computed against the schema it meets, then the schema moves on. */
    private Planned plan(Operation operation, List<Operation> rawUndo) {
        List<Operation> undo = operation instanceof ExecuteSql ? rawUndo : operation.reverse(schema);
        schema = operation.applyTo(schema);
        counts.merge(operation.getClass().getSimpleName(), 1, Integer::sum);
        return new Planned(operation, undo);
    }

    /**
     * Raw SQL for every database: {@code sql} written with double-quoted names, {@code ||} for
     * concatenation; MariaDB gets it with backticks and CONCAT when the chain runs there too.
     */
    private ExecuteSql raw(String sql, String onMariaDb) {
        return new ExecuteSql(sql, withMariaDb ? Map.of(Ops.MARIADB, onMariaDb) : Map.of());
    }

    /** A name inside an expression the schema keeps (a check, an index predicate): bare where MariaDB reads it too. */
    private String inExpression(String name) {
        return withMariaDb ? name : "\"" + name + "\"";
    }

    private Optional<List<Planned>> one(Operation operation) {
        return Optional.of(List.of(plan(operation, List.of())));
    }

    private String name(String kind) {
        return kind + (++names);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private Optional<Table> anyTable() {
        List<Table> tables = new ArrayList<>(schema.tables().values());
        return tables.isEmpty() ? Optional.empty() : Optional.of(pick(tables));
    }

    private static boolean role(Column column, char role) {
        return column.name().charAt(0) == role;
    }

    /** Whether another table's foreign key points at {@code table}. */
    private boolean referenced(String table) {
        return schema.tables().values().stream().anyMatch(t -> !t.name().equals(table)
                && t.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(table)));
    }

    private List<Table> referenceable(String except) {
        return schema.tables().values().stream().filter(t -> !t.name().equals(except) && t.primaryKey() != null
                && t.primaryKey().columns().equals(List.of("id"))).toList();
    }

    private Optional<List<Planned>> createTable() {
        if (schema.tables().size() >= 5) {
            return Optional.empty();
        }
        String name = name("t");
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", ColumnType.of(Kind.BIGINT), false, null, null, false));
        int data = 1 + random.nextInt(3);
        for (int i = 0; i < data; i++) {
            ColumnType type = pick(TYPES);
            boolean nullable = random.nextBoolean();
            columns.add(new Column(name("c"), type, nullable, random.nextInt(3) == 0 ? defaultFor(type) : null, null, false));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<Table> parents = referenceable(name);
        if (!parents.isEmpty() && random.nextBoolean()) {
            String column = name("r");
            columns.add(new Column(column, ColumnType.of(Kind.BIGINT), true, null, null, false));
            foreignKeys.add(new ForeignKey(name("fk"), List.of(column), pick(parents).name(), List.of("id"), action(), ReferentialAction.NO_ACTION));
        }
        List<Index> indexes = new ArrayList<>();
        if (random.nextBoolean()) {
            indexes.add(new Index(name("ix"), List.of(columns.get(1).name()), false, null));
        }
        PrimaryKey pk = random.nextInt(5) == 0 ? null : new PrimaryKey(name("pk"), List.of("id"));
        return one(new CreateTable(new Table(name, columns, pk, List.of(), foreignKeys, List.of(), indexes, null)));
    }

    private ReferentialAction action() {
        return pick(List.of(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, ReferentialAction.SET_NULL));
    }

    private Optional<List<Planned>> dropTable() {
        return anyTable().filter(t -> !referenced(t.name())).flatMap(t -> one(new DropTable(t.name())));
    }

    private Optional<List<Planned>> renameTable() {
        return anyTable().flatMap(t -> one(new RenameTable(t.name(), renamed(t.name()))));
    }

    private String renamed(String name) {
        return name + "_" + (++names);
    }

    private Optional<List<Planned>> addColumn() {
        Optional<Table> table = anyTable();
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<Table> parents = referenceable(table.get().name());
        if (!parents.isEmpty() && random.nextInt(3) == 0) {
            String column = name("r");
            List<Planned> planned = new ArrayList<>();
            planned.add(plan(new AddColumn(table.get().name(), new Column(column, ColumnType.of(Kind.BIGINT), true, null, null, false)), List.of()));
            if (random.nextBoolean()) {
                planned.add(plan(new AddConstraint(table.get().name(), new ForeignKey(name("fk"), List.of(column), pick(parents).name(),
                        List.of("id"), action(), ReferentialAction.NO_ACTION)), List.of()));
            }
            return Optional.of(planned);
        }
        ColumnType type = pick(TYPES);
        boolean nullable = random.nextBoolean();
        // A NOT NULL column needs a default for the rows already there.
        String serverDefault = !nullable || random.nextBoolean() ? defaultFor(type) : null;
        return one(new AddColumn(table.get().name(), new Column(name("a"), type, nullable, serverDefault, null, false)));
    }

    private static String defaultFor(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER, BIGINT -> "7";
            case STRING, TEXT -> "'d'";
            case BOOLEAN -> "false";
            case NUMERIC -> "1.5";
            case DATE -> "'2000-01-01'";
            default -> throw new IllegalArgumentException(type.toString());
        };
    }

    /** A column other than the key: data, added or reference columns, as {@code roles} says. */
    private Optional<Map.Entry<Table, Column>> anyColumn(String roles, java.util.function.Predicate<Column> also) {
        List<Map.Entry<Table, Column>> candidates = new ArrayList<>();
        for (Table table : schema.tables().values()) {
            for (Column column : table.columns()) {
                if (roles.indexOf(column.name().charAt(0)) >= 0 && also.test(column)) {
                    candidates.add(Map.entry(table, column));
                }
            }
        }
        return candidates.isEmpty() ? Optional.empty() : Optional.of(pick(candidates));
    }

    private Optional<List<Planned>> dropColumn() {
        return anyColumn("car", c -> true).filter(e -> !inForeignKey(e.getKey(), e.getValue().name())).map(e -> {
            String table = e.getKey().name();
            Column dropped = e.getValue();
            DropColumn drop = new DropColumn(table, dropped.name());
            List<Operation> reverse = drop.reverse(schema);
            // The downgrade a careful user writes: the column back, nullable, filled with values
            // of its own (unique constraints and NOT NULL hold again), then as it was, then what
            // involved it. The plain reverse would fail on a table with rows.
            List<Operation> undo = new ArrayList<>();
            undo.add(new AddColumn(table, dropped.withNullable(true).withServerDefault(null)));
            if (!role(dropped, 'r')) {
                undo.add(raw("UPDATE \"" + table + "\" SET \"" + dropped.name() + "\" = " + filler(dropped.type(), false),
                        "UPDATE `" + table + "` SET `" + dropped.name() + "` = " + filler(dropped.type(), true)));
            }
            if (!dropped.nullable() || dropped.serverDefault() != null) {
                undo.add(new AlterColumn(table, dropped.name(), null, dropped.nullable() ? null : Change.to(false),
                        dropped.serverDefault() == null ? null : Change.to(dropped.serverDefault()), null, null));
            }
            undo.addAll(reverse.subList(1, reverse.size()));
            schema = drop.applyTo(schema);
            counts.merge(drop.getClass().getSimpleName(), 1, Integer::sum);
            return List.of(new Planned(drop, undo));
        });
    }

    private static boolean inUnique(Table table, String column) {
        return table.uniques().stream().anyMatch(u -> u.columns().contains(column))
                || table.indexes().stream().anyMatch(i -> i.unique() && i.columns().contains(column));
    }

    private static boolean inForeignKey(Table table, String column) {
        return table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
    }

    /** A widening both databases convert without loss; its downgrade narrows back, which the values fit. */
    private Optional<List<Planned>> alterType() {
        return anyColumn("ca", c -> widened(c.type()) != null)
                .flatMap(e -> one(new AlterColumn(e.getKey().name(), e.getValue().name(), Change.to(widened(e.getValue().type())),
                        null, null, null, null)));
    }

    private ColumnType widened(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER -> ColumnType.of(Kind.BIGINT);
            case STRING -> type.length() != null && type.length() < 200 && random.nextBoolean()
                    ? new ColumnType(Kind.STRING, 200, null, null, null) : ColumnType.of(Kind.TEXT);
            case NUMERIC -> type.precision() != null && type.precision() < 14 ? new ColumnType(Kind.NUMERIC, null, type.precision() + 2, 2, null) : null;
            default -> null;
        };
    }

    /** NOT NULL after filling the NULLs (raw SQL, distinct values), or nullable again. */
    private Optional<List<Planned>> alterNullability() {
        Optional<Map.Entry<Table, Column>> column = anyColumn("ca", c -> true);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        String table = column.get().getKey().name();
        Column c = column.get().getValue();
        if (!c.nullable()) {
            boolean keyColumn = column.get().getKey().primaryKey() != null && column.get().getKey().primaryKey().columns().contains(c.name());
            return keyColumn ? Optional.empty() : one(new AlterColumn(table, c.name(), null, Change.to(true), null, null, null));
        }
        String fill = "UPDATE \"" + table + "\" SET \"" + c.name() + "\" = " + filler(c.type(), false) + " WHERE \"" + c.name() + "\" IS NULL";
        String fillOnMariaDb = "UPDATE `" + table + "` SET `" + c.name() + "` = " + filler(c.type(), true) + " WHERE `" + c.name() + "` IS NULL";
        List<Planned> planned = new ArrayList<>();
        planned.add(plan(raw(fill, fillOnMariaDb), List.of()));
        planned.add(plan(new AlterColumn(table, c.name(), null, Change.to(false), null, null, null), List.of()));
        return Optional.of(planned);
    }

    /** A value for a NULL, distinct per row and from every inserted value (those stay below a million). */
    private static String filler(ColumnType type, boolean mariadb) {
        String id = mariadb ? "`id`" : "\"id\"";
        return switch (type.kind()) {
            case INTEGER, BIGINT, NUMERIC -> id + " + 1000000";
            case STRING, TEXT -> mariadb ? "CONCAT('n', `id`)" : "'n' || \"id\"";
            case BOOLEAN -> "false";
            case DATE -> "'1999-12-31'";
            default -> throw new IllegalArgumentException(type.toString());
        };
    }

    private Optional<List<Planned>> alterDefault() {
        return anyColumn("ca", c -> true).flatMap(e -> {
            Column c = e.getValue();
            String next = c.serverDefault() == null || random.nextBoolean() ? defaultFor(c.type()) : null;
            if (next == null && c.serverDefault() == null || next != null && next.equals(c.serverDefault())) {
                return Optional.empty();
            }
            return one(new AlterColumn(e.getKey().name(), c.name(), null, null, Change.to(next), null, null));
        });
    }

    private Optional<List<Planned>> renameColumn() {
        return anyColumn("car", c -> true).flatMap(e -> one(new RenameColumn(e.getKey().name(), e.getValue().name(), renamed(e.getValue().name()))));
    }

    private Optional<List<Planned>> createIndex() {
        Optional<Table> table = anyTable();
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>(table.get().columns());
        Collections.shuffle(columns, random);
        List<Column> keys = columns.subList(0, Math.min(columns.size(), 1 + random.nextInt(2)));
        boolean unique = keys.stream().allMatch(this::distinct) && random.nextBoolean();
        List<Boolean> descending = keys.stream().map(k -> random.nextInt(3) == 0).toList();
        // MariaDB has no partial indexes.
        String where = !withMariaDb && random.nextInt(4) == 0 ? "\"" + keys.get(0).name() + "\" IS NOT NULL" : null;
        return one(new CreateIndex(table.get().name(), new Index(name("ix"), keys.stream().map(Column::name).toList(), unique, where, descending)));
    }

    /** Whether every row holds a value of its own in the column: the key, or a data column of a kind with many values. */
    private boolean distinct(Column column) {
        Kind kind = column.type().kind();
        return column.name().equals("id") || role(column, 'c')
                && (kind == Kind.INTEGER || kind == Kind.BIGINT || kind == Kind.STRING || kind == Kind.TEXT || kind == Kind.NUMERIC);
    }

    private Optional<List<Planned>> dropIndex() {
        return anyTable().filter(t -> !t.indexes().isEmpty()).flatMap(t -> one(new DropIndex(t.name(), pick(t.indexes()).name())));
    }

    private Optional<List<Planned>> addUnique() {
        return anyColumn("c", this::distinct).flatMap(e -> one(new AddConstraint(e.getKey().name(),
                new UniqueConstraint(name("uq"), List.of(e.getValue().name())))));
    }

    private Optional<List<Planned>> addCheck() {
        return anyColumn("ca", c -> c.type().kind() == Kind.INTEGER || c.type().kind() == Kind.BIGINT || c.type().kind() == Kind.NUMERIC)
                .flatMap(e -> one(new AddConstraint(e.getKey().name(), new CheckConstraint(name("ck"), inExpression(e.getValue().name()) + " >= 0"),
                        random.nextBoolean())));
    }

    private Optional<List<Planned>> addForeignKey() {
        return anyColumn("r", c -> true).filter(e -> !inForeignKey(e.getKey(), e.getValue().name())).flatMap(e -> {
            List<Table> parents = referenceable(e.getKey().name());
            return parents.isEmpty() ? Optional.empty() : one(new AddConstraint(e.getKey().name(), new ForeignKey(name("fk"),
                    List.of(e.getValue().name()), pick(parents).name(), List.of("id"), action(), ReferentialAction.NO_ACTION),
                    random.nextBoolean()));
        });
    }

    /** Validates a foreign key or check (added NOT VALID or not: PostgreSQL accepts both). */
    private Optional<List<Planned>> validateConstraint() {
        return anyTable().flatMap(t -> {
            List<Constraint> checked = new ArrayList<>(t.foreignKeys());
            checked.addAll(t.checks());
            return checked.isEmpty() ? Optional.empty() : one(new ValidateConstraint(t.name(), pick(checked).name()));
        });
    }

    private Optional<List<Planned>> addPrimaryKey() {
        return anyTable().filter(t -> t.primaryKey() == null)
                .flatMap(t -> one(new AddConstraint(t.name(), new PrimaryKey(name("pk"), List.of("id")))));
    }

    private Optional<List<Planned>> dropConstraint() {
        return anyTable().flatMap(t -> {
            List<Constraint> constraints = new ArrayList<>(t.constraints());
            if (referenced(t.name())) {
                constraints.remove(t.primaryKey());
            }
            return constraints.isEmpty() ? Optional.empty() : one(new DropConstraint(t.name(), pick(constraints).name()));
        });
    }

    private Optional<List<Planned>> createSequence() {
        return one(new CreateSequence(new Sequence(name("s"), 1 + random.nextInt(100), 1 + random.nextInt(50))));
    }

    private Optional<List<Planned>> dropSequence() {
        return schema.sequences().isEmpty() ? Optional.empty() : one(new DropSequence(pick(new ArrayList<>(schema.sequences().values())).name()));
    }

    private Optional<List<Planned>> createEnum() {
        List<String> labels = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            labels.add("l" + i + (random.nextBoolean() ? "" : " it's"));
        }
        return one(new CreateEnum(new EnumType(name("e"), labels)));
    }

    private Optional<List<Planned>> dropEnum() {
        return schema.enums().isEmpty() ? Optional.empty() : one(new DropEnum(pick(new ArrayList<>(schema.enums().keySet()))));
    }

    /** Two rows in one raw SQL string (two statements), undone by deleting them by id. */
    private Optional<List<Planned>> insertRows() {
        return anyTable().flatMap(t -> {
            int first = RAW_IDS + (++names);
            int second = RAW_IDS + (++names);
            String sql = RowValues.insert(t, first) + "; " + RowValues.insert(t, second);
            String onMariaDb = RowValues.insert(t, first, n -> "`" + n + "`") + "; " + RowValues.insert(t, second, n -> "`" + n + "`");
            String undo = "DELETE FROM \"" + t.name() + "\" WHERE \"id\" IN (" + first + ", " + second + ")";
            String undoOnMariaDb = "DELETE FROM `" + t.name() + "` WHERE `id` IN (" + first + ", " + second + ")";
            return Optional.of(List.of(plan(raw(sql, onMariaDb), List.of(raw(undo, undoOnMariaDb)))));
        });
    }
}
