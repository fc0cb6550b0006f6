package io.retort.dialect.postgres;

import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.Index;
import io.retort.schema.Schema;
import io.retort.schema.Table;

/**
 * A schema as PostgreSQL would report it back: type aliases and JSON/JSONB folded, NUMERIC(p) as
 * NUMERIC(p,0), identity columns NOT NULL without a default, empty comments absent (PostgreSQL
 * stores {@code COMMENT ... IS ''} as no comment), and defaults, checks and partial-index predicates
 * normalized by {@link PostgresExpressions}. Sequences are kept as they are.
 */
final class PostgresCanonicalizer {

    private PostgresCanonicalizer() {
    }

    static Schema canonical(Schema schema) {
        return schema.withTables(schema.tables().values().stream().map(PostgresCanonicalizer::table).toList());
    }

    private static Table table(Table table) {
        return new Table(table.name(),
                table.columns().stream().map(PostgresCanonicalizer::column).toList(),
                table.primaryKey(), table.uniques(), table.foreignKeys(),
                table.checks().stream().map(c -> new CheckConstraint(c.name(), PostgresExpressions.normalize(c.expression()))).toList(),
                table.indexes().stream().map(i -> i.withWhere(PostgresExpressions.normalize(i.where()))).toList(),
                comment(table.comment()));
    }

    private static Column column(Column column) {
        boolean identity = column.identity();
        return new Column(column.name(), PostgresTypes.canonical(column.type()),
                column.nullable() && !identity,
                identity ? null : PostgresExpressions.normalize(column.serverDefault()),
                comment(column.comment()), identity);
    }

    private static String comment(String comment) {
        return comment == null || comment.isEmpty() ? null : comment;
    }
}
