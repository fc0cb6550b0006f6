package io.retort.dialect.postgres;

import io.retort.operation.AddColumn;
import io.retort.operation.AddConstraint;
import io.retort.operation.AlterColumn;
import io.retort.operation.CreateIndex;
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
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Renders operations as PostgreSQL DDL. PostgreSQL's ALTER TABLE does everything Retort needs in
 * place, so no operation needs the schema it meets; every identifier is quoted.
 */
final class PostgresRenderer implements OperationVisitor<List<String>> {

    static final String DIALECT = "postgresql";

    private final UnaryOperator<String> quote;
    private final UnaryOperator<String> literal;

    PostgresRenderer(UnaryOperator<String> quote, UnaryOperator<String> literal) {
        this.quote = quote;
        this.literal = literal;
    }

    @Override
    public List<String> createTable(CreateTable op) {
        Table table = op.table();
        List<String> lines = new ArrayList<>();
        table.columns().forEach(c -> lines.add(columnDefinition(c)));
        // CREATE TABLE keeps only the first of identical keys (a UNIQUE over the primary key's columns,
        // or over another UNIQUE's) and drops the rest without a word; ALTER TABLE adds them.
        List<List<String>> keys = new ArrayList<>();
        List<Constraint> repeated = new ArrayList<>();
        for (Constraint constraint : table.constraints()) {
            boolean key = constraint instanceof PrimaryKey || constraint instanceof UniqueConstraint;
            if (key && keys.contains(constraint.columns())) {
                repeated.add(constraint);
                continue;
            }
            if (key) {
                keys.add(constraint.columns());
            }
            lines.add(constraintDefinition(constraint));
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + q(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)");
        repeated.forEach(c -> statements.add(alter(table.name()) + "ADD " + constraintDefinition(c)));
        table.indexes().forEach(i -> statements.add(createIndex(table.name(), i)));
        if (table.comment() != null) {
            statements.add("COMMENT ON TABLE " + q(table.name()) + " IS " + literal.apply(table.comment()));
        }
        table.columns().stream().filter(c -> c.comment() != null)
                .forEach(c -> statements.add(columnComment(table.name(), c.name(), c.comment())));
        return statements;
    }

    @Override
    public List<String> dropTable(DropTable op) {
        return List.of("DROP TABLE " + q(op.table()));
    }

    @Override
    public List<String> renameTable(RenameTable op) {
        return List.of("ALTER TABLE " + q(op.from()) + " RENAME TO " + q(op.to()));
    }

    @Override
    public List<String> addColumn(AddColumn op) {
        List<String> statements = new ArrayList<>();
        statements.add(alter(op.table()) + "ADD COLUMN " + columnDefinition(op.column()));
        if (op.column().comment() != null) {
            statements.add(columnComment(op.table(), op.column().name(), op.column().comment()));
        }
        return statements;
    }

    @Override
    public List<String> dropColumn(DropColumn op) {
        return List.of(alter(op.table()) + "DROP COLUMN " + q(op.column()));
    }

    @Override
    public List<String> alterColumn(AlterColumn op) {
        String column = alter(op.table()) + "ALTER COLUMN " + q(op.column()) + " ";
        List<String> statements = new ArrayList<>();
        boolean replacesDefault = op.serverDefault() != null;
        if (op.type() != null) {
            if (replacesDefault) {
                // PostgreSQL converts the old default to the new type, and fails when it cannot.
                statements.add(column + "DROP DEFAULT");
            }
            statements.add(column + "TYPE " + PostgresTypes.toSql(op.type().value())
                    + (op.using() == null ? "" : " USING " + op.using()));
        }
        if (replacesDefault && op.serverDefault().value() != null) {
            statements.add(column + "SET DEFAULT " + op.serverDefault().value());
        } else if (replacesDefault && op.type() == null) {
            statements.add(column + "DROP DEFAULT");
        }
        if (op.nullable() != null) {
            statements.add(column + (op.nullable().value() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (op.comment() != null) {
            statements.add(columnComment(op.table(), op.column(), op.comment().value()));
        }
        return statements;
    }

    @Override
    public List<String> renameColumn(RenameColumn op) {
        return List.of(alter(op.table()) + "RENAME COLUMN " + q(op.from()) + " TO " + q(op.to()));
    }

    @Override
    public List<String> createIndex(CreateIndex op) {
        String sql = createIndex(op.table(), op.index());
        return List.of(op.concurrently() ? sql.replaceFirst("INDEX ", "INDEX CONCURRENTLY ") : sql);
    }

    @Override
    public List<String> dropIndex(DropIndex op) {
        return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "") + q(op.name()));
    }

    @Override
    public List<String> addConstraint(AddConstraint op) {
        if (op.usingIndex() != null) {
            return List.of(alter(op.table()) + "ADD CONSTRAINT " + q(op.constraint().name())
                    + (op.constraint() instanceof PrimaryKey ? " PRIMARY KEY" : " UNIQUE") + " USING INDEX " + q(op.usingIndex()));
        }
        return List.of(alter(op.table()) + "ADD " + constraintDefinition(op.constraint()) + (op.notValid() ? " NOT VALID" : ""));
    }

    @Override
    public List<String> validateConstraint(ValidateConstraint op) {
        return List.of(alter(op.table()) + "VALIDATE CONSTRAINT " + q(op.name()));
    }

    @Override
    public List<String> dropConstraint(DropConstraint op) {
        return List.of(alter(op.table()) + "DROP CONSTRAINT " + q(op.name()));
    }

    @Override
    public List<String> createSequence(CreateSequence op) {
        return List.of("CREATE SEQUENCE " + q(op.sequence().name()) + " START WITH " + op.sequence().start()
                + " INCREMENT BY " + op.sequence().increment());
    }

    @Override
    public List<String> dropSequence(DropSequence op) {
        return List.of("DROP SEQUENCE " + q(op.name()));
    }

    @Override
    public List<String> createEnum(CreateEnum op) {
        return List.of("CREATE TYPE " + q(op.type().name()) + " AS ENUM ("
                + op.type().labels().stream().map(literal).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public List<String> dropEnum(DropEnum op) {
        return List.of("DROP TYPE " + q(op.name()));
    }

    @Override
    public List<String> executeSql(ExecuteSql op) {
        return op.sqlFor(DIALECT)
                .map(sql -> sql.strip().replaceAll(";\\s*$", "").strip())
                .filter(sql -> !sql.isEmpty())
                .map(List::of)
                .orElse(List.of());
    }

    /** {@code "name" TYPE [GENERATED BY DEFAULT AS IDENTITY] [DEFAULT ...] [NOT NULL]}. */
    String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(q(column.name())).append(' ').append(PostgresTypes.toSql(column.type()));
        if (column.identity()) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        }
        if (column.serverDefault() != null) {
            sql.append(" DEFAULT ").append(column.serverDefault());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    String constraintDefinition(Constraint constraint) {
        String body = constraint.match(
                pk -> "PRIMARY KEY (" + columns(pk.columns()) + ")",
                uq -> "UNIQUE (" + columns(uq.columns()) + ")",
                this::foreignKey,
                ck -> "CHECK (" + ck.expression() + ")");
        return "CONSTRAINT " + q(constraint.name()) + " " + body;
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

    private String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + q(index.name()) + " ON " + q(table)
                + " (" + keys(index) + ")" + (index.where() == null ? "" : " WHERE " + index.where());
    }

    private String columnComment(String table, String column, String comment) {
        return "COMMENT ON COLUMN " + q(table) + "." + q(column) + " IS " + (comment == null ? "NULL" : literal.apply(comment));
    }

    private String alter(String table) {
        return "ALTER TABLE " + q(table) + " ";
    }

    /** An index's keys, each quoted and followed by DESC where it sorts descending. */
    private String keys(Index index) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < index.columns().size(); i++) {
            keys.add(q(index.columns().get(i)) + (index.descending().get(i) ? " DESC" : ""));
        }
        return String.join(", ", keys);
    }

    private String columns(List<String> names) {
        return names.stream().map(this::q).collect(Collectors.joining(", "));
    }

    private String q(String identifier) {
        return quote.apply(identifier);
    }
}
