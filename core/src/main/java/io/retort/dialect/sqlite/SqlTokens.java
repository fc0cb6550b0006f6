package io.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * A small SQL tokenizer that respects string literals, quoted identifiers ({@code "..."},
 * {@code `...`}, {@code [...]}) and comments, keeping each token's position in the source so that
 * expressions can be cut out of a statement exactly as written.
 */
final class SqlTokens {

    enum Kind { WORD, NUMBER, STRING, BLOB, QUOTED_IDENTIFIER, SYMBOL }

    /** One token: its kind, its text as written and where it starts and ends in the source. */
    record Token(Kind kind, String text, int start, int end) {

        /** Whether this is the given keyword or symbol (keywords compared case-insensitively). */
        boolean is(String word) {
            return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(word);
        }

        boolean isIdentifier() {
            return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER || kind == Kind.STRING;
        }

        /** The identifier's name without its quotes (doubled quotes undone). */
        String unquoted() {
            switch (kind) {
                case QUOTED_IDENTIFIER:
                    if (text.startsWith("[")) {
                        return text.substring(1, text.length() - 1);
                    }
                    String quote = text.substring(0, 1);
                    return text.substring(1, text.length() - 1).replace(quote + quote, quote);
                case STRING:
                    return text.substring(1, text.length() - 1).replace("''", "'");
                default:
                    return text;
            }
        }
    }

    private static final String[] MULTI_CHAR_SYMBOLS = {"->>", "->", "<=", ">=", "<>", "!=", "==", "||", "<<", ">>"};

    private SqlTokens() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                int end = closing(sql, i, '\'');
                tokens.add(new Token(Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if ((c == 'x' || c == 'X') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int end = closing(sql, i + 1, '\'');
                tokens.add(new Token(Kind.BLOB, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = closing(sql, i, c);
                tokens.add(new Token(Kind.QUOTED_IDENTIFIER, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i + 1);
                int end = close < 0 ? n : close + 1;
                tokens.add(new Token(Kind.QUOTED_IDENTIFIER, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.'
                        || (sql.charAt(end) == '+' || sql.charAt(end) == '-') && Character.toLowerCase(sql.charAt(end - 1)) == 'e')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end), i, end));
                i = end;
            } else {
                String symbol = String.valueOf(c);
                for (String candidate : MULTI_CHAR_SYMBOLS) {
                    if (sql.startsWith(candidate, i)) {
                        symbol = candidate;
                        break;
                    }
                }
                tokens.add(new Token(Kind.SYMBOL, symbol, i, i + symbol.length()));
                i += symbol.length();
            }
        }
        return tokens;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1 when it is not closed. */
    static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Splits tokens on the commas that are not inside parentheses. */
    static List<List<Token>> splitTopLevel(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
            } else if (depth == 0 && token.is(",")) {
                parts.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            parts.add(tokens.subList(start, tokens.size()));
        }
        return parts;
    }

    /** The end (exclusive) of a quoted run starting at {@code start}, where a doubled quote escapes itself. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
