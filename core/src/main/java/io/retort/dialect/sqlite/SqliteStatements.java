package io.retort.dialect.sqlite;

import io.retort.dialect.sqlite.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw SQL into its statements for SQLite, whose JDBC driver runs only the first statement of
 * a string. A semicolon ends a statement unless it is inside a string, a quoted identifier, a
 * comment, or the BEGIN ... END body of a CREATE TRIGGER (where CASE ... END nests). Each statement
 * keeps its text exactly as written; comments between statements are dropped.
 */
final class SqliteStatements {

    private SqliteStatements() {
    }

    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        List<Token> tokens = SqlTokens.tokenize(sql);
        int first = -1;
        int last = -1;
        boolean trigger = false;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is(";") && depth == 0) {
                if (first >= 0) {
                    statements.add(sql.substring(tokens.get(first).start(), tokens.get(last).end()));
                }
                first = -1;
                trigger = false;
                continue;
            }
            if (first < 0) {
                first = i;
                trigger = isCreateTrigger(tokens, i);
            }
            last = i;
            if (trigger && (token.is("BEGIN") || token.is("CASE"))) {
                depth++;
            } else if (trigger && token.is("END") && depth > 0) {
                depth--;
            }
        }
        if (first >= 0) {
            statements.add(sql.substring(tokens.get(first).start(), tokens.get(last).end()));
        }
        return statements;
    }

    /** CREATE [TEMP | TEMPORARY] TRIGGER ... starting at {@code at}. */
    private static boolean isCreateTrigger(List<Token> tokens, int at) {
        if (!tokens.get(at).is("CREATE")) {
            return false;
        }
        int next = at + 1;
        if (next < tokens.size() && (tokens.get(next).is("TEMP") || tokens.get(next).is("TEMPORARY"))) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).is("TRIGGER");
    }
}
