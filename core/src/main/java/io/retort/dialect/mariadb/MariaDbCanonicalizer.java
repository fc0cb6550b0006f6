package io.retort.dialect.mariadb;

import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.PrimaryKey;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema as MariaDB would report it back. Each fold is something MariaDB does not keep apart:
 * types as {@link MariaDbTypes#canonical}; defaults and checks as {@link MariaDbExpressions}; every
 * primary key is named PRIMARY; a unique index whose keys all sort ascending is a unique constraint
 * (both are unique indexes here), and so is one over a TEXT or BLOB column, whatever its order (a
 * hash of the values); NO ACTION is RESTRICT (InnoDB checks both at once, and reports
 * RESTRICT); an AUTO_INCREMENT column is NOT NULL with no default; an empty comment is none.
 */
final class MariaDbCanonicalizer {

    private MariaDbCanonicalizer() {
    }

    static Schema canonical(Schema schema) {
        return schema.withTables(schema.tables().values().stream().map(MariaDbCanonicalizer::table).toList());
    }

    private static Table table(Table table) {
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
        List<Index> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            // A unique index over a TEXT or BLOB column is a hash of the values, which has no order.
            boolean hashed = index.unique() && index.columns().stream()
                    .anyMatch(name -> table.column(name).filter(c -> MariaDbTypes.needsPrefix(c.type())).isPresent());
            if (index.unique() && index.where() == null && (hashed || !index.descending().contains(true))) {
                uniques.add(new UniqueConstraint(index.name(), index.columns()));
            } else {
                indexes.add(index);
            }
        }
        PrimaryKey primaryKey = table.primaryKey() == null ? null
                : new PrimaryKey(MariaDbDialect.PRIMARY_KEY_NAME, table.primaryKey().columns());
        return new Table(table.name(),
                table.columns().stream().map(MariaDbCanonicalizer::column).toList(),
                primaryKey, uniques,
                table.foreignKeys().stream().map(MariaDbCanonicalizer::foreignKey).toList(),
                table.checks().stream().map(c -> new CheckConstraint(c.name(), MariaDbExpressions.normalize(c.expression()))).toList(),
                indexes, empty(table.comment()));
    }

    /**
     * CURRENT_TIMESTAMP as the default of a column with fractional seconds takes the column's
     * precision: MariaDB stores (and prints) {@code current_timestamp(6)} for a DATETIME(6).
     */
    private static Column column(Column column) {
        boolean identity = column.identity();
        ColumnType type = MariaDbTypes.canonical(column.type());
        String serverDefault = identity ? null : MariaDbExpressions.normalize(column.serverDefault());
        if ("current_timestamp()".equals(serverDefault) && type.precision() != null && type.precision() > 0
                && (type.kind() == Kind.TIMESTAMP || type.kind() == Kind.TIME)) {
            serverDefault = "current_timestamp(" + type.precision() + ")";
        }
        return new Column(column.name(), type, column.nullable() && !identity, serverDefault, empty(column.comment()), identity);
    }

    private static ForeignKey foreignKey(ForeignKey fk) {
        return new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(), restrict(fk.onDelete()),
                restrict(fk.onUpdate()));
    }

    private static ReferentialAction restrict(ReferentialAction action) {
        return action == ReferentialAction.NO_ACTION ? ReferentialAction.RESTRICT : action;
    }

    private static String empty(String comment) {
        return comment == null || comment.isEmpty() ? null : comment;
    }
}
