package io.retort.dialect.sqlite;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalizes SQL expressions (checks, partial-index predicates, server defaults) so that two
 * spellings SQLite treats alike compare equal: keywords and identifiers lower-cased outside string
 * literals, simple quoted identifiers unquoted, whitespace dropped where it separates nothing,
 * redundant outer parentheses removed. SQLite stores expressions as written, so this only has to
 * undo what a user (or RENAME COLUMN, which re-quotes identifiers) may vary.
 */
final class SqliteExpressions {

    private static final Pattern SIMPLE_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Set<String> UPPER_KEYWORDS = Set.of("current_timestamp", "current_date", "current_time");

    private SqliteExpressions() {
    }

    /** The normalized expression, or null for null. */
    static String normalize(String expression) {
        if (expression == null) {
            return null;
        }
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(expression);
        tokens = stripOuterParentheses(tokens);
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (SqlTokens.Token token : tokens) {
            String text = normalizeToken(token);
            if (previous != null && endsWordLike(previous) && startsWordLike(text)) {
                out.append(' ');
            }
            out.append(text);
            previous = text;
        }
        return out.toString();
    }

    /**
     * A server default as SQLite reports it back: SQLite keeps the text as written but without the
     * parentheses an expression default needs, so those go, keywords get one case and
     * {@code CURRENT_TIMESTAMP} and friends stay upper case.
     */
    static String normalizeDefault(String defaultSql) {
        String normalized = normalize(defaultSql);
        if (normalized == null || normalized.isEmpty()) {
            return null;
        }
        return normalized;
    }

    private static String normalizeToken(SqlTokens.Token token) {
        switch (token.kind()) {
            case STRING:
            case BLOB:
                return token.text();
            case QUOTED_IDENTIFIER: {
                String name = token.unquoted().toLowerCase(Locale.ROOT);
                // Only ever compared, never executed: a simple name reads the same quoted or not.
                return SIMPLE_IDENTIFIER.matcher(name).matches() ? name : "\"" + name.replace("\"", "\"\"") + "\"";
            }
            case WORD: {
                String word = token.text().toLowerCase(Locale.ROOT);
                return UPPER_KEYWORDS.contains(word) ? word.toUpperCase(Locale.ROOT) : word;
            }
            case SYMBOL:
                return "<>".equals(token.text()) ? "!=" : "==".equals(token.text()) ? "=" : token.text();
            default:
                return token.text();
        }
    }

    private static boolean endsWordLike(String text) {
        return wordLike(text.charAt(text.length() - 1));
    }

    private static boolean startsWordLike(String text) {
        return wordLike(text.charAt(0));
    }

    private static boolean wordLike(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '"' || c == '\'';
    }

    /** Drops parentheses that wrap the whole expression, as often as they do. */
    static List<SqlTokens.Token> stripOuterParentheses(List<SqlTokens.Token> tokens) {
        List<SqlTokens.Token> current = tokens;
        while (current.size() >= 2 && current.get(0).is("(") && SqlTokens.matching(current, 0) == current.size() - 1) {
            current = current.subList(1, current.size() - 1);
        }
        return current;
    }
}
