package io.retort.dialect.mariadb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits raw SQL into its statements for MariaDB, so that each runs, and is recorded as done, on
 * its own. A semicolon ends a statement unless it is inside a string ({@code '...'} or
 * {@code "..."}, with backslash escapes), a backtick-quoted name, a comment ({@code --}, {@code #},
 * {@code /* *}{@code /}), or the compound body of a stored program (CREATE TRIGGER, PROCEDURE,
 * FUNCTION, EVENT, or BEGIN NOT ATOMIC), where BEGIN, CASE, IF, LOOP, WHILE and REPEAT nest up to
 * their END. Each statement keeps its text exactly as written.
 */
final class MariaDbStatements {

    private static final Set<String> PROGRAMS = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    private static final Set<String> OPENERS = Set.of("BEGIN", "CASE", "IF", "LOOP", "WHILE", "REPEAT");

    private MariaDbStatements() {
    }

    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int start = -1;
        int end = -1;
        int depth = 0;
        boolean program = false;
        boolean afterEnd = false;
        int at = 0;
        while (at < sql.length()) {
            char c = sql.charAt(at);
            int next = skipQuietly(sql, at);
            if (next > at) {
                at = next;
                continue;
            }
            if (c == ';') {
                afterEnd = false;
            }
            if (c == ';' && depth == 0) {
                if (start >= 0) {
                    statements.add(sql.substring(start, end));
                }
                start = -1;
                words.clear();
                program = false;
                at++;
                continue;
            }
            if (start < 0) {
                start = at;
            }
            int tokenEnd = tokenEnd(sql, at);
            end = tokenEnd;
            if (Character.isLetter(c) || c == '_') {
                String word = sql.substring(at, tokenEnd).toUpperCase(Locale.ROOT);
                if (words.size() < 8) {
                    words.add(word);
                    program = program || PROGRAMS.contains(word) && words.get(0).equals("CREATE")
                            || words.size() == 3 && words.equals(List.of("BEGIN", "NOT", "ATOMIC"));
                }
                if (program || words.get(0).equals("BEGIN")) {
                    if (word.equals("END")) {
                        depth = Math.max(0, depth - 1);
                        afterEnd = true;
                    } else {
                        boolean functionCall = word.equals("IF") && nextNonSpace(sql, tokenEnd) == '(';
                        if (!afterEnd && OPENERS.contains(word) && !functionCall) {
                            depth++;
                        }
                        afterEnd = false;
                    }
                }
            } else {
                // END IF, END LOOP: only a word right after END closes the same block; "END; IF" opens a new one.
                afterEnd = false;
            }
            at = tokenEnd;
        }
        if (start >= 0) {
            statements.add(sql.substring(start, end));
        }
        return statements.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The end of a string, quoted name or comment starting at {@code at}, or {@code at} when none starts there (or whitespace). */
    private static int skipQuietly(String sql, int at) {
        char c = sql.charAt(at);
        if (Character.isWhitespace(c)) {
            return at + 1;
        }
        if (c == '#' || c == '-' && sql.startsWith("-- ", at) || sql.startsWith("--\n", at) || sql.startsWith("--\t", at)) {
            int line = sql.indexOf('\n', at);
            return line < 0 ? sql.length() : line + 1;
        }
        if (sql.startsWith("/*", at)) {
            int close = sql.indexOf("*/", at + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        return at;
    }

    /** The end of the token at {@code at}: a quoted string or name, a word, or one character. */
    private static int tokenEnd(String sql, int at) {
        char c = sql.charAt(at);
        if (c == '\'' || c == '"' || c == '`') {
            int i = at + 1;
            while (i < sql.length()) {
                char d = sql.charAt(i);
                if (d == '\\' && c != '`') {
                    i += 2;
                } else if (d == c && i + 1 < sql.length() && sql.charAt(i + 1) == c) {
                    i += 2;
                } else if (d == c) {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return sql.length();
        }
        if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
            int i = at;
            while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
                i++;
            }
            return i;
        }
        return at + 1;
    }

    private static char nextNonSpace(String sql, int at) {
        for (int i = at; i < sql.length(); i++) {
            if (!Character.isWhitespace(sql.charAt(i))) {
                return sql.charAt(i);
            }
        }
        return 0;
    }
}
