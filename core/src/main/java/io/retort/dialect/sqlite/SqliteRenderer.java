package io.retort.dialect.sqlite;

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
import io.retort.operation.Operation;
import io.retort.operation.OperationVisitor;
import io.retort.operation.RenameColumn;
import io.retort.operation.RenameTable;
import io.retort.operation.ValidateConstraint;
import io.retort.schema.Column;
import io.retort.schema.Index;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders each operation for SQLite against the schema it meets: ALTER TABLE where SQLite can do
 * the change in place, a {@link SqliteTableRebuild} where it cannot. Comments are not rendered:
 * SQLite has nowhere to keep them. Nor are sequences: SQLite has none (an INTEGER PRIMARY KEY hands
 * out ids itself), so creating or dropping one renders no statement at all.
 */
final class SqliteRenderer implements OperationVisitor<List<String>> {

    private final Schema before;

    SqliteRenderer(Schema before) {
        this.before = before;
    }

    @Override
    public List<String> createTable(CreateTable op) {
        Table table = op.table();
        List<String> statements = new ArrayList<>();
        statements.add(SqliteDdl.createTable(table, table.name()));
        for (Index index : table.indexes()) {
            statements.add(SqliteDdl.createIndex(table.name(), index));
        }
        return statements;
    }

    @Override
    public List<String> dropTable(DropTable op) {
        return List.of("DROP TABLE " + SqliteDdl.quote(op.table()));
    }

    @Override
    public List<String> renameTable(RenameTable op) {
        return List.of("ALTER TABLE " + SqliteDdl.quote(op.from()) + " RENAME TO " + SqliteDdl.quote(op.to()));
    }

    @Override
    public List<String> addColumn(AddColumn op) {
        if (!addColumnInPlace(op.column())) {
            return rebuild(op, op.table());
        }
        return List.of("ALTER TABLE " + SqliteDdl.quote(op.table()) + " ADD COLUMN " + SqliteDdl.column(op.column()));
    }

    /**
     * ADD COLUMN refuses a NOT NULL column without a non-null default, and CURRENT_* or expression
     * defaults (it would have to evaluate them for every existing row).
     */
    private static boolean addColumnInPlace(Column column) {
        String serverDefault = column.serverDefault();
        if (serverDefault != null && !SqliteDdl.isConstant(serverDefault)) {
            return false;
        }
        return column.nullable() || serverDefault != null && !SqliteDdl.isNull(serverDefault);
    }

    @Override
    public List<String> dropColumn(DropColumn op) {
        Table current = before.require(op.table(), op.describe());
        Table after = op.applyTo(before).require(op.table(), op.describe());
        // DROP COLUMN refuses a column that an index, key or check involves; replay drops those
        // with the column, so anything else gone besides the column means a rebuild.
        boolean onlyTheColumn = after.indexes().size() == current.indexes().size()
                && after.constraints().size() == current.constraints().size();
        if (!onlyTheColumn) {
            return SqliteTableRebuild.statements(current, after);
        }
        return List.of("ALTER TABLE " + SqliteDdl.quote(op.table()) + " DROP COLUMN " + SqliteDdl.quote(op.column()));
    }

    @Override
    public List<String> alterColumn(AlterColumn op) {
        if (op.type() == null && op.nullable() == null && op.serverDefault() == null) {
            return List.of();
        }
        return rebuild(op, op.table());
    }

    @Override
    public List<String> renameColumn(RenameColumn op) {
        return List.of("ALTER TABLE " + SqliteDdl.quote(op.table()) + " RENAME COLUMN " + SqliteDdl.quote(op.from())
                + " TO " + SqliteDdl.quote(op.to()));
    }

    @Override
    public List<String> createIndex(CreateIndex op) {
        return List.of(SqliteDdl.createIndex(op.table(), op.index()));
    }

    @Override
    public List<String> dropIndex(DropIndex op) {
        return List.of("DROP INDEX " + SqliteDdl.quote(op.name()));
    }

    @Override
    public List<String> addConstraint(AddConstraint op) {
        return rebuild(op, op.table());
    }

    @Override
    public List<String> dropConstraint(DropConstraint op) {
        return rebuild(op, op.table());
    }

    @Override
    public List<String> validateConstraint(ValidateConstraint op) {
        return List.of(); // SQLite checks every row when it rebuilds the table for the constraint
    }

    @Override
    public List<String> createSequence(CreateSequence op) {
        return List.of();
    }

    @Override
    public List<String> dropSequence(DropSequence op) {
        return List.of();
    }

    /** SQLite has no enum types; Hibernate maps PostgreSQL's native enums only on PostgreSQL. */
    @Override
    public List<String> createEnum(CreateEnum op) {
        return List.of();
    }

    @Override
    public List<String> dropEnum(DropEnum op) {
        return List.of();
    }

    @Override
    public List<String> executeSql(ExecuteSql op) {
        // sqlite-jdbc runs only the first statement of a string: each statement goes on its own.
        return op.sqlFor(SqliteDialect.NAME).map(SqliteStatements::split).orElse(List.of());
    }

    private List<String> rebuild(Operation op, String table) {
        Table current = before.require(table, op.describe());
        Table after = op.applyTo(before).require(table, op.describe());
        return SqliteTableRebuild.statements(current, after);
    }
}
