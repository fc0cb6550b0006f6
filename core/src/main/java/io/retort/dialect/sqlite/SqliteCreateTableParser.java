package io.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what SQLite's pragmas do not report out of the {@code CREATE TABLE} text kept in
 * {@code sqlite_master.sql}: constraint names, CHECK expressions as written and AUTOINCREMENT;
 * and the WHERE clause of a partial index out of its {@code CREATE INDEX} text. SQLite rewrites
 * that text itself on RENAME TABLE and RENAME COLUMN, so it stays current.
 */
final class SqliteCreateTableParser {

    enum Kind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY }

    /**
     * A constraint as declared, at table or column level. {@code name} is null when unnamed;
     * {@code expression} is set for checks, {@code referencedTable} for foreign keys.
     */
    record DeclaredConstraint(Kind kind, String name, List<String> columns, String expression, String referencedTable) {
    }

    /** The constraints of a table, in declaration order, and the columns declared AUTOINCREMENT. */
    record DeclaredTable(List<DeclaredConstraint> constraints, Set<String> autoincrementColumns) {

        List<DeclaredConstraint> of(Kind kind) {
            return constraints.stream().filter(c -> c.kind() == kind).toList();
        }
    }

    private SqliteCreateTableParser() {
    }

    static DeclaredTable parseTable(String createTableSql) {
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(createTableSql);
        int open = indexOf(tokens, "(", 0);
        int close = open < 0 ? -1 : SqlTokens.matching(tokens, open);
        List<DeclaredConstraint> constraints = new ArrayList<>();
        Set<String> autoincrement = new LinkedHashSet<>();
        if (close < 0) {
            return new DeclaredTable(constraints, autoincrement);
        }
        for (List<SqlTokens.Token> definition : SqlTokens.splitTopLevel(tokens.subList(open + 1, close))) {
            if (definition.isEmpty()) {
                continue;
            }
            SqlTokens.Token first = definition.get(0);
            if (first.kind() == SqlTokens.Kind.WORD && isTableConstraintStart(first)) {
                tableConstraint(createTableSql, definition, constraints);
            } else {
                columnConstraints(createTableSql, definition, constraints, autoincrement);
            }
        }
        return new DeclaredTable(constraints, autoincrement);
    }

    /** The predicate of a partial index ({@code CREATE INDEX ... ON t (...) WHERE <predicate>}), or null. */
    static String indexWhere(String createIndexSql) {
        if (createIndexSql == null) {
            return null;
        }
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(createIndexSql);
        int on = indexOf(tokens, "ON", 0);
        int open = on < 0 ? -1 : indexOf(tokens, "(", on);
        int close = open < 0 ? -1 : SqlTokens.matching(tokens, open);
        if (close < 0 || close + 1 >= tokens.size() || !tokens.get(close + 1).is("WHERE")) {
            return null;
        }
        String where = createIndexSql.substring(tokens.get(close + 1).end()).trim();
        return where.endsWith(";") ? where.substring(0, where.length() - 1).trim() : where;
    }

    private static boolean isTableConstraintStart(SqlTokens.Token token) {
        return token.is("CONSTRAINT") || token.is("PRIMARY") || token.is("UNIQUE") || token.is("CHECK") || token.is("FOREIGN");
    }

    private static void tableConstraint(String sql, List<SqlTokens.Token> definition, List<DeclaredConstraint> out) {
        String name = null;
        int i = 0;
        if (definition.get(0).is("CONSTRAINT") && definition.size() > 1) {
            name = definition.get(1).unquoted();
            i = 2;
        }
        if (i >= definition.size()) {
            return;
        }
        SqlTokens.Token keyword = definition.get(i);
        int open = indexOf(definition, "(", i);
        int close = open < 0 ? -1 : SqlTokens.matching(definition, open);
        if (close < 0) {
            return;
        }
        if (keyword.is("PRIMARY")) {
            out.add(new DeclaredConstraint(Kind.PRIMARY_KEY, name, columnList(definition, open, close), null, null));
        } else if (keyword.is("UNIQUE")) {
            out.add(new DeclaredConstraint(Kind.UNIQUE, name, columnList(definition, open, close), null, null));
        } else if (keyword.is("CHECK")) {
            out.add(new DeclaredConstraint(Kind.CHECK, name, List.of(), between(sql, definition, open, close), null));
        } else if (keyword.is("FOREIGN")) {
            int references = indexOf(definition, "REFERENCES", close);
            String table = references < 0 || references + 1 >= definition.size() ? null : definition.get(references + 1).unquoted();
            out.add(new DeclaredConstraint(Kind.FOREIGN_KEY, name, columnList(definition, open, close), null, table));
        }
    }

    private static void columnConstraints(String sql, List<SqlTokens.Token> definition, List<DeclaredConstraint> out,
            Set<String> autoincrement) {
        String column = definition.get(0).unquoted();
        String name = null;
        int i = 1;
        while (i < definition.size()) {
            SqlTokens.Token token = definition.get(i);
            if (token.is("(")) {
                // A type's length, a DEFAULT expression, a GENERATED expression: nothing to read inside.
                i = Math.max(SqlTokens.matching(definition, i), i) + 1;
                continue;
            }
            if (token.is("CONSTRAINT") && i + 1 < definition.size()) {
                name = definition.get(i + 1).unquoted();
                i += 2;
                continue;
            }
            if (token.is("PRIMARY")) {
                out.add(new DeclaredConstraint(Kind.PRIMARY_KEY, name, List.of(column), null, null));
                name = null;
            } else if (token.is("UNIQUE")) {
                out.add(new DeclaredConstraint(Kind.UNIQUE, name, List.of(column), null, null));
                name = null;
            } else if (token.is("AUTOINCREMENT")) {
                autoincrement.add(column);
            } else if (token.is("CHECK") && i + 1 < definition.size() && definition.get(i + 1).is("(")) {
                int close = SqlTokens.matching(definition, i + 1);
                if (close < 0) {
                    return;
                }
                out.add(new DeclaredConstraint(Kind.CHECK, name, List.of(), between(sql, definition, i + 1, close), null));
                name = null;
                i = close + 1;
                continue;
            } else if (token.is("REFERENCES") && i + 1 < definition.size()) {
                out.add(new DeclaredConstraint(Kind.FOREIGN_KEY, name, List.of(column), null, definition.get(i + 1).unquoted()));
                name = null;
                i += 2;
                continue;
            } else if (token.is("NOT") || token.is("NULL") || token.is("DEFAULT") || token.is("COLLATE")
                    || token.is("GENERATED")) {
                name = null;
            }
            i++;
        }
    }

    /** The first word of each top-level part inside the parentheses: the column names of a key. */
    private static List<String> columnList(List<SqlTokens.Token> tokens, int open, int close) {
        List<String> columns = new ArrayList<>();
        for (List<SqlTokens.Token> part : SqlTokens.splitTopLevel(tokens.subList(open + 1, close))) {
            if (!part.isEmpty()) {
                columns.add(part.get(0).unquoted());
            }
        }
        return columns;
    }

    /** The source text between two parenthesis tokens, as written. */
    private static String between(String sql, List<SqlTokens.Token> tokens, int open, int close) {
        return sql.substring(tokens.get(open).end(), tokens.get(close).start()).trim();
    }

    private static int indexOf(List<SqlTokens.Token> tokens, String word, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }
}
