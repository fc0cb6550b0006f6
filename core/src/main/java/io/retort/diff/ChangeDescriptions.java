package io.retort.diff;

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
import io.retort.schema.Constraint;
import io.retort.schema.ForeignKey;
import io.retort.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.List;

/**
 * One line per operation with what it creates in full ({@code add column users.email string(255) NOT NULL}),
 * for {@code check} failures and logs; {@link Operation#describe()} only names the object.
 */
final class ChangeDescriptions implements OperationVisitor<String> {

    private static final ChangeDescriptions INSTANCE = new ChangeDescriptions();

    private ChangeDescriptions() {
    }

    static String describe(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public String createTable(CreateTable op) {
        List<String> parts = new ArrayList<>();
        op.table().columns().forEach(c -> parts.add(c.name() + " " + column(c)));
        op.table().constraints().forEach(c -> parts.add(constraint(c, "")));
        op.table().indexes().forEach(i -> parts.add((i.unique() ? "unique index " : "index ") + i.name()
                + " (" + String.join(", ", i.keys()) + ")" + (i.where() == null ? "" : " WHERE " + i.where())));
        return "create table " + op.table().name() + " (" + String.join(", ", parts) + ")";
    }

    @Override
    public String dropTable(DropTable op) {
        return op.describe();
    }

    @Override
    public String renameTable(RenameTable op) {
        return op.describe();
    }

    @Override
    public String addColumn(AddColumn op) {
        return "add column " + op.table() + "." + op.column().name() + " " + column(op.column());
    }

    @Override
    public String dropColumn(DropColumn op) {
        return op.describe();
    }

    @Override
    public String alterColumn(AlterColumn op) {
        List<String> parts = new ArrayList<>();
        if (op.type() != null) {
            parts.add("type " + op.type().value());
        }
        if (op.nullable() != null) {
            parts.add(op.nullable().value() ? "NULL" : "NOT NULL");
        }
        if (op.serverDefault() != null) {
            parts.add(op.serverDefault().value() == null ? "no DEFAULT" : "DEFAULT " + op.serverDefault().value());
        }
        if (op.comment() != null) {
            parts.add(op.comment().value() == null ? "no COMMENT" : "COMMENT '" + op.comment().value() + "'");
        }
        return "alter column " + op.table() + "." + op.column() + " " + String.join(", ", parts);
    }

    @Override
    public String renameColumn(RenameColumn op) {
        return op.describe();
    }

    @Override
    public String createIndex(CreateIndex op) {
        return "create " + (op.index().unique() ? "unique " : "") + "index " + op.index().name() + " on " + op.table()
                + " (" + String.join(", ", op.index().keys()) + ")"
                + (op.index().where() == null ? "" : " WHERE " + op.index().where());
    }

    @Override
    public String dropIndex(DropIndex op) {
        return op.describe();
    }

    @Override
    public String addConstraint(AddConstraint op) {
        return "add " + constraint(op.constraint(), " on " + op.table());
    }

    @Override
    public String dropConstraint(DropConstraint op) {
        return op.describe();
    }

    @Override
    public String validateConstraint(ValidateConstraint op) {
        return op.describe();
    }

    @Override
    public String createSequence(CreateSequence op) {
        return "create sequence " + op.sequence().name() + " (start " + op.sequence().start()
                + ", increment " + op.sequence().increment() + ")";
    }

    @Override
    public String dropSequence(DropSequence op) {
        return op.describe();
    }

    @Override
    public String createEnum(CreateEnum op) {
        return op.describe() + " (" + String.join(", ", op.type().labels()) + ")";
    }

    @Override
    public String dropEnum(DropEnum op) {
        return op.describe();
    }

    @Override
    public String executeSql(ExecuteSql op) {
        return op.describe();
    }

    /** {@code string(255) NOT NULL DEFAULT 'x'}. */
    static String column(Column column) {
        StringBuilder text = new StringBuilder(column.type().toString());
        if (!column.nullable()) {
            text.append(" NOT NULL");
        }
        if (column.serverDefault() != null) {
            text.append(" DEFAULT ").append(column.serverDefault());
        }
        if (column.identity()) {
            text.append(" IDENTITY");
        }
        if (column.comment() != null) {
            text.append(" COMMENT '").append(column.comment()).append("'");
        }
        return text.toString();
    }

    /** {@code foreign key fk_orders_user_id_users (user_id) REFERENCES users (id) ON DELETE CASCADE}. */
    private static String constraint(Constraint constraint, String on) {
        String head = constraint.kind() + " " + constraint.name() + on;
        return constraint.match(
                pk -> head + " (" + String.join(", ", pk.columns()) + ")",
                uq -> head + " (" + String.join(", ", uq.columns()) + ")",
                fk -> head + " (" + String.join(", ", fk.columns()) + ") REFERENCES " + fk.referencedTable()
                        + " (" + String.join(", ", fk.referencedColumns()) + ")" + actions(fk),
                ck -> head + " (" + ck.expression() + ")");
    }

    private static String actions(ForeignKey fk) {
        return (fk.onDelete() == ReferentialAction.NO_ACTION ? "" : " ON DELETE " + fk.onDelete().sql())
                + (fk.onUpdate() == ReferentialAction.NO_ACTION ? "" : " ON UPDATE " + fk.onUpdate().sql());
    }
}
