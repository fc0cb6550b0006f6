package io.retort.dialect.mariadb;

import io.retort.operation.AddColumn;
import io.retort.operation.AddConstraint;
import io.retort.operation.AlterColumn;
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
import io.retort.operation.OperationVisitor;
import io.retort.operation.RenameColumn;
import io.retort.operation.RenameTable;
import io.retort.operation.ValidateConstraint;
import io.retort.schema.Column;
import io.retort.schema.Constraint;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.PrimaryKey;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders operations as MariaDB DDL for a database whose schema is {@code before}: MariaDB's
 * ALTER TABLE needs a column's whole definition to change any part of it, and drops a constraint
 * by its kind, both of which only the schema before the operation tells. What MariaDB cannot store
 * (partial indexes, enum types, a primary key over a TEXT column) is refused naming the object.
 */
final class MariaDbRenderer implements OperationVisitor<List<String>> {

    /** The prefix an index keeps of a TEXT or BLOB column, which MariaDB cannot index whole: 255 characters. */
    static final int TEXT_PREFIX = 255;

    private final MariaDbDialect dialect;
    private final Schema before;

    MariaDbRenderer(MariaDbDialect dialect, Schema before) {
        this.dialect = dialect;
        this.before = before;
    }

    @Override
    public List<String> createTable(CreateTable op) {
        Table table = op.table();
        List<String> lines = new ArrayList<>();
        table.columns().forEach(c -> lines.add(columnDefinition(c)));
        table.constraints().forEach(c -> lines.add(constraintDefinition(table, c)));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + q(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)"
                + (table.comment() == null ? "" : " COMMENT " + dialect.literal(table.comment())));
        table.indexes().forEach(i -> statements.add(createIndex(table, i)));
        return statements;
    }

    @Override
    public List<String> dropTable(DropTable op) {
        return List.of("DROP TABLE " + q(op.table()));
    }

    @Override
    public List<String> renameTable(RenameTable op) {
        return List.of("RENAME TABLE " + q(op.from()) + " TO " + q(op.to()));
    }

    @Override
    public List<String> addColumn(AddColumn op) {
        return List.of(alter(op.table()) + "ADD COLUMN " + columnDefinition(op.column()));
    }

    /**
     * The indexes and constraints that involve the column go first, in the same statement: Retort's
     * schema drops them with the column (as PostgreSQL does), where MariaDB would keep a
     * multi-column index or key with the column taken out, or refuse over a check or foreign key.
     */
    @Override
    public List<String> dropColumn(DropColumn op) {
        Table current = before.require(op.table(), op.describe());
        Table after = op.applyTo(before).require(op.table(), op.describe());
        List<String> clauses = new ArrayList<>();
        current.indexes().stream().filter(i -> after.index(i.name()).isEmpty()).forEach(i -> clauses.add("DROP INDEX " + q(i.name())));
        current.constraints().stream().filter(c -> after.constraint(c.name()).isEmpty()).forEach(c -> clauses.add(dropClause(current, c)));
        clauses.add("DROP COLUMN " + q(op.column()));
        return List.of(alter(op.table()) + String.join(", ", clauses));
    }

    /**
     * A default alone changes in place (ALTER COLUMN ... SET DEFAULT); anything else is a MODIFY
     * with the column's whole new definition, which keeps its comment and AUTO_INCREMENT.
     */
    @Override
    public List<String> alterColumn(AlterColumn op) {
        if (op.using() != null) {
            throw new IllegalArgumentException("alter column " + op.table() + "." + op.column() + ": MariaDB converts a column's"
                    + " values itself and takes no USING expression; convert them in an execute() statement before the type change");
        }
        if (op.type() == null && op.nullable() == null && op.comment() == null) {
            String value = op.serverDefault().value();
            return List.of(alter(op.table()) + "ALTER COLUMN " + q(op.column()) + (value == null ? " DROP DEFAULT"
                    : " SET DEFAULT " + expression(value, "the default of " + op.table() + "." + op.column())));
        }
        Column current = before.require(op.table(), op.describe()).column(op.column()).orElseThrow();
        Column after = op.apply(current);
        List<String> statements = new ArrayList<>();
        MariaDbConversionGuard.of(op.table(), current, after, dialect).ifPresent(statements::add);
        statements.add(alter(op.table()) + "MODIFY COLUMN " + columnDefinition(after));
        return statements;
    }

    @Override
    public List<String> renameColumn(RenameColumn op) {
        return List.of(alter(op.table()) + "RENAME COLUMN " + q(op.from()) + " TO " + q(op.to()));
    }

    /** InnoDB builds an index without blocking writes, so CONCURRENTLY has no MariaDB form and needs none. */
    @Override
    public List<String> createIndex(CreateIndex op) {
        return List.of(createIndex(before.require(op.table(), op.describe()), op.index()));
    }

    @Override
    public List<String> dropIndex(DropIndex op) {
        List<String> kept = indexesForForeignKeys(before.require(op.table(), op.describe()), op.name());
        if (kept.isEmpty()) {
            return List.of("DROP INDEX " + q(op.name()) + " ON " + q(op.table()));
        }
        return List.of(alter(op.table()) + "DROP INDEX " + q(op.name()) + ", " + String.join(", ", kept));
    }

    /**
     * MariaDB keeps an index under every foreign key and refuses to drop the one a key uses. When
     * {@code dropped} is the only index that starts with a key's columns, the key gets an index of its
     * own, named like it (as MariaDB names those it makes), in the same statement.
     */
    private List<String> indexesForForeignKeys(Table table, String dropped) {
        List<List<String>> others = new ArrayList<>();
        table.indexes().stream().filter(i -> !i.name().equals(dropped)).forEach(i -> others.add(i.columns()));
        table.uniques().stream().filter(u -> !u.name().equals(dropped)).forEach(u -> others.add(u.columns()));
        if (table.primaryKey() != null && !table.primaryKey().name().equals(dropped)) {
            others.add(table.primaryKey().columns());
        }
        List<String> clauses = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            boolean covered = others.stream().anyMatch(columns -> columns.size() >= fk.columns().size()
                    && columns.subList(0, fk.columns().size()).equals(fk.columns()));
            if (!covered) {
                clauses.add("ADD INDEX IF NOT EXISTS " + q(fk.name()) + " (" + columns(fk.columns()) + ")");
            }
        }
        return clauses;
    }

    /**
     * NOT VALID has no MariaDB form: the constraint is checked against every row when added, which
     * ends where a NOT VALID constraint and its validation end. A unique constraint taking over a
     * unique index is that index renamed (MariaDB keeps unique constraints as unique indexes).
     */
    @Override
    public List<String> addConstraint(AddConstraint op) {
        Table table = before.require(op.table(), op.describe());
        if (op.usingIndex() != null) {
            if (op.constraint() instanceof PrimaryKey pk) {
                return List.of(alter(op.table()) + "DROP INDEX " + q(op.usingIndex()) + ", ADD PRIMARY KEY (" + keyColumns(table, pk) + ")");
            }
            return List.of(alter(op.table()) + "RENAME INDEX " + q(op.usingIndex()) + " TO " + q(op.constraint().name()));
        }
        return List.of(alter(op.table()) + "ADD " + constraintDefinition(table, op.constraint()));
    }

    @Override
    public List<String> validateConstraint(ValidateConstraint op) {
        return List.of();
    }

    /**
     * By the constraint's kind. A foreign key leaves behind the index MariaDB made for it, unless
     * the table has an index of that name of its own; that index goes in the same statement.
     */
    @Override
    public List<String> dropConstraint(DropConstraint op) {
        Table table = before.require(op.table(), op.describe());
        Optional<Constraint> constraint = table.constraint(op.name());
        if (constraint.isEmpty()) {
            return List.of(alter(op.table()) + "DROP CONSTRAINT " + q(op.name()));
        }
        return List.of(alter(op.table()) + dropClause(table, constraint.get()));
    }

    private String dropClause(Table table, Constraint constraint) {
        List<String> kept = constraint instanceof ForeignKey ? List.of() : indexesForForeignKeys(table, constraint.name());
        String keep = kept.isEmpty() ? "" : ", " + String.join(", ", kept);
        return constraint.match(
                pk -> "DROP PRIMARY KEY" + keep,
                uq -> "DROP INDEX " + q(uq.name()) + keep,
                fk -> "DROP FOREIGN KEY " + q(fk.name()) + (table.index(fk.name()).isPresent() ? "" : ", DROP INDEX IF EXISTS " + q(fk.name())),
                ck -> "DROP CONSTRAINT " + q(ck.name()));
    }

    @Override
    public List<String> createSequence(CreateSequence op) {
        // NOCACHE, as Hibernate writes it on MariaDB: every value is written as it is handed out, none lost on a restart.
        return List.of("CREATE SEQUENCE " + q(op.sequence().name()) + " START WITH " + op.sequence().start()
                + " INCREMENT BY " + op.sequence().increment() + " NOCACHE");
    }

    @Override
    public List<String> dropSequence(DropSequence op) {
        return List.of("DROP SEQUENCE " + q(op.name()));
    }

    @Override
    public List<String> createEnum(CreateEnum op) {
        throw new IllegalArgumentException("create enum " + op.type().name() + ": MariaDB has no named enum types; use a"
                + " raw(\"ENUM(...)\") column type, or a string column with a check");
    }

    @Override
    public List<String> dropEnum(DropEnum op) {
        throw new IllegalArgumentException("drop enum " + op.name() + ": MariaDB has no named enum types");
    }

    /** Each statement on its own, so that progress is recorded statement by statement. */
    @Override
    public List<String> executeSql(ExecuteSql op) {
        return op.sqlFor(MariaDbDialect.NAME).map(MariaDbStatements::split).orElse(List.of());
    }

    /** {@code `name` TYPE [AUTO_INCREMENT] [DEFAULT ...] [NOT NULL] [COMMENT '...']}. */
    String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(q(column.name())).append(' ').append(MariaDbTypes.toSql(column.type()));
        if (column.identity()) {
            sql.append(" AUTO_INCREMENT");
        }
        if (column.serverDefault() != null) {
            sql.append(" DEFAULT ").append(expression(column.serverDefault(), "the default of column " + column.name()));
        }
        sql.append(column.nullable() ? " NULL" : " NOT NULL");
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(dialect.literal(column.comment()));
        }
        return sql.toString();
    }

    /** MariaDB names every primary key PRIMARY, so the key's own name is not written. */
    private String constraintDefinition(Table table, Constraint constraint) {
        return constraint.match(
                pk -> "PRIMARY KEY (" + keyColumns(table, pk) + ")",
                uq -> "CONSTRAINT " + q(uq.name()) + " UNIQUE (" + columns(uq.columns()) + ")",
                fk -> "CONSTRAINT " + q(fk.name()) + " " + foreignKey(fk),
                ck -> "CONSTRAINT " + q(ck.name()) + " CHECK (" + expression(ck.expression(), "check " + ck.name() + " on " + table.name()) + ")");
    }

    private String keyColumns(Table table, PrimaryKey pk) {
        for (String name : pk.columns()) {
            table.column(name).filter(c -> MariaDbTypes.needsPrefix(c.type())).ifPresent(c -> {
                throw new IllegalArgumentException("primary key of " + table.name() + ": MariaDB cannot make a primary key of the "
                        + c.type() + " column " + table.name() + "." + name + " without cutting its values to a prefix, which would"
                        + " let values sharing that prefix collide; use string(n)");
            });
        }
        return columns(pk.columns());
    }

    private String foreignKey(ForeignKey fk) {
        StringBuilder sql = new StringBuilder("FOREIGN KEY (").append(columns(fk.columns())).append(") REFERENCES ")
                .append(q(fk.referencedTable())).append(" (").append(columns(fk.referencedColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        return sql.toString();
    }

    /**
     * A non-unique index keeps a {@value #TEXT_PREFIX}-character prefix of a TEXT or BLOB key; a
     * unique one keeps the whole value (MariaDB then indexes a hash of it), since a prefix would make
     * values sharing it collide.
     */
    private String createIndex(Table table, Index index) {
        if (index.where() != null) {
            throw new IllegalArgumentException("index " + index.name() + " on " + table.name() + ": MariaDB has no partial indexes"
                    + " (WHERE " + index.where() + "); index every row, or pick the rows by op.dialect() in the revision");
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < index.columns().size(); i++) {
            String name = index.columns().get(i);
            boolean prefix = !index.unique() && table.column(name).filter(c -> MariaDbTypes.needsPrefix(c.type())).isPresent();
            keys.add(q(name) + (prefix ? "(" + TEXT_PREFIX + ")" : "") + (index.descending().get(i) ? " DESC" : ""));
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON " + q(table.name())
                + " (" + String.join(", ", keys) + ")";
    }

    /**
     * An expression as written, unless it double-quotes something: with MariaDB's default sql_mode
     * {@code "amount" >= 0} compares the string 'amount', so a check written for PostgreSQL would
     * hold for every row without a word. Refused instead, naming where it is.
     */
    static String expression(String sql, String where) {
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '\'') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '`') {
                quote = c;
            } else if (c == '"') {
                throw new IllegalArgumentException(where + ": " + sql + " double-quotes a name, which MariaDB reads as a string"
                        + " (its sql_mode has no ANSI_QUOTES by default); write the name bare or in backticks, and strings in"
                        + " single quotes, choosing by op.dialect() where the databases differ");
            }
        }
        return sql;
    }

    private String alter(String table) {
        return "ALTER TABLE " + q(table) + " ";
    }

    private String columns(List<String> names) {
        return names.stream().map(this::q).collect(Collectors.joining(", "));
    }

    private String q(String identifier) {
        return dialect.quote(identifier);
    }
}
