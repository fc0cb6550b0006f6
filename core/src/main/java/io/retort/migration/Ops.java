package io.retort.migration;

import io.retort.operation.AddColumn;
import io.retort.operation.AddConstraint;
import io.retort.operation.CreateEnum;
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
import io.retort.schema.ColumnType;
import io.retort.schema.Constraint;
import io.retort.schema.EnumType;
import io.retort.schema.Index;
import io.retort.schema.Names;
import io.retort.schema.PrimaryKey;
import io.retort.schema.Sequence;
import io.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The operations DSL a revision's {@code upgrade} and {@code downgrade} call. It records operations
 * rather than running them; the engine renders them for the dialect, executes them or prints them.
 * Reusable helpers are static methods taking an {@code Ops}: {@code Tables.createUsersTable(op)}.
 */
public final class Ops {

    /** Dialect name for {@link #executeOn}. */
    public static final String POSTGRESQL = "postgresql";

    /** Dialect name for {@link #executeOn}. */
    public static final String SQLITE = "sqlite";

    /** Dialect name for {@link #executeOn}. */
    public static final String MARIADB = "mariadb";

    private final String dialect;
    private final List<Supplier<Operation>> recorded = new ArrayList<>();

    /** An empty recorder for the named dialect ({@link #POSTGRESQL}, {@link #SQLITE} or {@link #MARIADB}). */
    public Ops(String dialect) {
        this.dialect = dialect;
    }

    /** The dialect the revision is being recorded for, so a helper can choose SQL when it must. */
    public String dialect() {
        return dialect;
    }

    /** The recorded operations, in call order. */
    public List<Operation> operations() {
        return recorded.stream().map(Supplier::get).toList();
    }

    public void createTable(String name, Consumer<TableSpec> definition) {
        TableSpec spec = new TableSpec(name);
        definition.accept(spec);
        add(new CreateTable(spec.toTable()));
    }

    public void dropTable(String name) {
        add(new DropTable(name));
    }

    public void renameTable(String from, String to) {
        add(new RenameTable(from, to));
    }

    /** Adds a column; key, unique, index, check and reference options become their own named objects. */
    public void addColumn(String table, String column, ColumnType type, ColumnOption... options) {
        ColumnSpec spec = new ColumnSpec(column, type, options);
        add(new AddColumn(table, spec.toColumn()));
        if (spec.primaryKey) {
            add(new AddConstraint(table, new PrimaryKey(Names.primaryKey(table), List.of(column))));
        }
        if (spec.unique) {
            add(new AddConstraint(table, new UniqueConstraint(Names.unique(table, List.of(column)), List.of(column))));
        }
        if (spec.check != null) {
            add(new AddConstraint(table, new CheckConstraint(Names.check(table, column), spec.check)));
        }
        if (spec.references != null) {
            add(new AddConstraint(table, spec.references.toForeignKey(table, List.of(column))));
        }
        if (spec.indexed) {
            add(new io.retort.operation.CreateIndex(table,
                    new Index(Names.index(table, List.of(column)), List.of(column), false, null)));
        }
    }

    public void dropColumn(String table, String column) {
        add(new DropColumn(table, column));
    }

    /** Changes type, nullability, server default or comment: {@code op.alterColumn("t", "c", c -> c.notNull())}. */
    public void alterColumn(String table, String column, Consumer<ColumnChange> change) {
        ColumnChange spec = new ColumnChange(table, column);
        change.accept(spec);
        add(spec.toOperation());
    }

    public void renameColumn(String table, String from, String to) {
        add(new RenameColumn(table, from, to));
    }

    /** An index; chain {@code .unique()} or {@code .where("...")} on the result to refine it. */
    public IndexSpec createIndex(String name, String table, String... columns) {
        IndexSpec spec = new IndexSpec(name, table, List.of(columns));
        recorded.add(spec::toOperation);
        return spec;
    }

    public IndexSpec createUniqueIndex(String name, String table, String... columns) {
        return createIndex(name, table, columns).unique();
    }

    public void dropIndex(String name, String table) {
        add(new DropIndex(table, name));
    }

    /** Drops an index without blocking queries on its table; only in a {@code @Revision(transactional = false)}. */
    public void dropIndexConcurrently(String name, String table) {
        add(new DropIndex(table, name, true));
    }

    /** A primary key; chain {@code .usingIndex("...")} to make a unique index built before (concurrently) into it. */
    public ConstraintSpec addPrimaryKey(String name, String table, String... columns) {
        return constraint(table, new PrimaryKey(name, List.of(columns)));
    }

    /** A unique constraint; chain {@code .usingIndex("...")} to make a unique index built before (concurrently) into it. */
    public ConstraintSpec addUnique(String name, String table, String... columns) {
        return constraint(table, new UniqueConstraint(name, List.of(columns)));
    }

    /** A foreign key: {@code op.addForeignKey("fk_orders_user", "orders", "user_id", references("users", "id").onDelete(CASCADE))}. */
    public ConstraintSpec addForeignKey(String name, String table, String column, References references) {
        return addForeignKey(name, table, List.of(column), references);
    }

    /** A foreign key over several columns; chain {@code .notValid()} to skip checking the existing rows now. */
    public ConstraintSpec addForeignKey(String name, String table, List<String> columns, References references) {
        return constraint(table, references.named(name).toForeignKey(table, columns));
    }

    /** A check constraint; chain {@code .notValid()} to skip checking the existing rows now. */
    public ConstraintSpec addCheck(String name, String table, String expression) {
        return constraint(table, new CheckConstraint(name, expression));
    }

    private ConstraintSpec constraint(String table, Constraint constraint) {
        ConstraintSpec spec = new ConstraintSpec(table, constraint);
        recorded.add(spec::toOperation);
        return spec;
    }

    /**
     * Checks the existing rows against a foreign key or check added {@code .notValid()} (PostgreSQL's
     * {@code VALIDATE CONSTRAINT}: reads and writes go on meanwhile). Nothing happens on SQLite.
     */
    public void validateConstraint(String name, String table) {
        add(new ValidateConstraint(table, name));
    }

    /** Drops a primary key, unique, foreign key or check constraint by name. */
    public void dropConstraint(String name, String table) {
        add(new DropConstraint(table, name));
    }

    /**
     * A sequence with Hibernate's defaults, start {@value Sequence#HIBERNATE_START} and increment
     * {@value Sequence#HIBERNATE_INCREMENT} (its allocation size): what a {@code PanacheEntity} or a
     * plain {@code @GeneratedValue} id expects as {@code <table>_seq}. Nothing happens on SQLite,
     * which has no sequences.
     */
    public void createSequence(String name) {
        add(new CreateSequence(Sequence.hibernateDefault(name)));
    }

    /** A sequence starting at {@code start} and stepping by {@code increment}; nothing happens on SQLite. */
    public void createSequence(String name, long start, long increment) {
        add(new CreateSequence(new Sequence(name, start, increment)));
    }

    /** Drops a sequence; nothing happens on SQLite. */
    public void dropSequence(String name) {
        add(new DropSequence(name));
    }

    /**
     * A PostgreSQL enum type with its labels in sort order (what Hibernate creates for an enum mapped
     * with {@code @JdbcType(PostgreSQLEnumJdbcType.class)}); columns use it as {@code raw("name")}.
     * Nothing happens on SQLite.
     */
    public void createEnum(String name, String... labels) {
        add(new CreateEnum(new EnumType(name, List.of(labels))));
    }

    /** Drops an enum type no column uses any more; nothing happens on SQLite. */
    public void dropEnum(String name) {
        add(new DropEnum(name));
    }

    /** Raw SQL for every dialect. The schema snapshot does not see what it does. */
    public void execute(String sql) {
        add(new ExecuteSql(sql, Map.of()));
    }

    /** Raw SQL for one dialect only; skipped on the others. */
    public void executeOn(String dialectName, String sql) {
        add(new ExecuteSql(null, Map.of(dialectName, sql)));
    }

    /** Adds an operation value directly (generated code and helpers that build operations). */
    public void add(Operation operation) {
        recorded.add(() -> operation);
    }
}
