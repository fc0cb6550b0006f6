package io.retort.dialect.sqlite;

import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ColumnType.Kind;
import io.retort.schema.Constraint;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.PrimaryKey;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The text of SQLite DDL statements: CREATE TABLE with its constraints, column definitions, CREATE INDEX. */
final class SqliteDdl {

    private static final Set<String> LITERAL_WORDS = Set.of("NULL", "TRUE", "FALSE");
    private static final Set<String> TIME_WORDS = Set.of("CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP");

    private SqliteDdl() {
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String quoteAll(List<String> identifiers) {
        return identifiers.stream().map(SqliteDdl::quote).collect(Collectors.joining(", "));
    }

    /** CREATE TABLE for {@code table}, created under {@code name} (the table's own name, or a rebuild's scratch name). */
    static String createTable(Table table, String name) {
        Column inlineKey = inlineIdentity(table);
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(column == inlineKey ? identityColumn(column, table.primaryKey()) : column(column));
        }
        for (Constraint constraint : table.constraints()) {
            if (inlineKey == null || constraint != table.primaryKey()) {
                parts.add(constraint(constraint));
            }
        }
        return "CREATE TABLE " + quote(name) + " (" + String.join(", ", parts) + ")";
    }

    /**
     * The column SQLite can make an AUTOINCREMENT key: an identity column that is the whole primary key.
     * SQLite has no other kind of generated column value, so identity elsewhere is not rendered.
     */
    static Column inlineIdentity(Table table) {
        PrimaryKey pk = table.primaryKey();
        if (pk == null || pk.columns().size() != 1) {
            return null;
        }
        Column column = table.column(pk.columns().get(0)).orElse(null);
        return column != null && column.identity() && isIntegerKind(column.type().kind()) ? column : null;
    }

    static boolean isIntegerKind(Kind kind) {
        return kind == Kind.INTEGER || kind == Kind.BIGINT || kind == Kind.SMALLINT;
    }

    /** {@code "name" TYPE [NOT NULL] [DEFAULT ...]}. */
    static String column(Column column) {
        return quote(column.name()) + " " + SqliteTypes.render(column.type()) + nullAndDefault(column);
    }

    // SQLite only makes INTEGER PRIMARY KEY (spelled exactly so) an alias of the rowid, which
    // AUTOINCREMENT needs; the column reads back as INTEGER whatever integer kind it was declared.
    private static String identityColumn(Column column, PrimaryKey pk) {
        return quote(column.name()) + " INTEGER" + nullAndDefault(column) + " " + named(pk.name()) + "PRIMARY KEY AUTOINCREMENT";
    }

    private static String nullAndDefault(Column column) {
        return (column.nullable() ? "" : " NOT NULL")
                + (column.serverDefault() == null ? "" : " DEFAULT " + defaultExpression(column.serverDefault()));
    }

    /** A default as DEFAULT accepts it: literals and CURRENT_* as they are, any other expression in parentheses. */
    static String defaultExpression(String sql) {
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(sql);
        if (isLiteral(tokens) || isTimeKeyword(tokens) || isParenthesized(tokens)) {
            return sql.trim();
        }
        return "(" + sql.trim() + ")";
    }

    /**
     * Whether ALTER TABLE ADD COLUMN accepts this default: a constant (string, number, blob, TRUE,
     * FALSE, NULL), not CURRENT_* and not an expression in parentheses.
     */
    static boolean isConstant(String sql) {
        return isLiteral(SqlTokens.tokenize(sql));
    }

    static boolean isNull(String sql) {
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(sql);
        return tokens.size() == 1 && tokens.get(0).is("NULL");
    }

    private static boolean isLiteral(List<SqlTokens.Token> tokens) {
        if (tokens.size() == 2 && (tokens.get(0).is("-") || tokens.get(0).is("+"))) {
            return tokens.get(1).kind() == SqlTokens.Kind.NUMBER;
        }
        if (tokens.size() != 1) {
            return false;
        }
        SqlTokens.Token token = tokens.get(0);
        switch (token.kind()) {
            case STRING:
            case NUMBER:
            case BLOB:
                return true;
            case WORD:
                return LITERAL_WORDS.contains(token.text().toUpperCase());
            default:
                return false;
        }
    }

    private static boolean isTimeKeyword(List<SqlTokens.Token> tokens) {
        return tokens.size() == 1 && tokens.get(0).kind() == SqlTokens.Kind.WORD
                && TIME_WORDS.contains(tokens.get(0).text().toUpperCase());
    }

    private static boolean isParenthesized(List<SqlTokens.Token> tokens) {
        return !tokens.isEmpty() && tokens.get(0).is("(") && SqlTokens.matching(tokens, 0) == tokens.size() - 1;
    }

    /** A table constraint clause: {@code CONSTRAINT "name" PRIMARY KEY (...)}, UNIQUE, FOREIGN KEY or CHECK. */
    static String constraint(Constraint constraint) {
        return named(constraint.name()) + constraint.match(
                SqliteDdl::primaryKey, SqliteDdl::unique, SqliteDdl::foreignKey, SqliteDdl::check);
    }

    private static String named(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    private static String primaryKey(PrimaryKey pk) {
        return "PRIMARY KEY (" + quoteAll(pk.columns()) + ")";
    }

    private static String unique(UniqueConstraint unique) {
        return "UNIQUE (" + quoteAll(unique.columns()) + ")";
    }

    private static String foreignKey(ForeignKey fk) {
        return "FOREIGN KEY (" + quoteAll(fk.columns()) + ") REFERENCES " + quote(fk.referencedTable())
                + " (" + quoteAll(fk.referencedColumns()) + ")"
                + (fk.onDelete() == ReferentialAction.NO_ACTION ? "" : " ON DELETE " + fk.onDelete().sql())
                + (fk.onUpdate() == ReferentialAction.NO_ACTION ? "" : " ON UPDATE " + fk.onUpdate().sql());
    }

    private static String check(CheckConstraint check) {
        return "CHECK (" + check.expression() + ")";
    }

    /** CREATE [UNIQUE] INDEX "name" ON "table" ("col", ...) [WHERE predicate]. */
    static String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table)
                + " (" + keys(index) + ")" + (index.where() == null ? "" : " WHERE " + index.where());
    }

    /** An index's keys, each quoted and followed by DESC where it sorts descending. */
    private static String keys(Index index) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < index.columns().size(); i++) {
            keys.add(quote(index.columns().get(i)) + (index.descending().get(i) ? " DESC" : ""));
        }
        return String.join(", ", keys);
    }
}
