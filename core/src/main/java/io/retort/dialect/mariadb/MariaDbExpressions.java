package io.retort.dialect.mariadb;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Defaults and check expressions as MariaDB prints them back, so that what a revision wrote and
 * what information_schema shows compare equal exactly when MariaDB stores the same thing. Each
 * rewrite is one MariaDB makes itself:
 * <ul>
 * <li>names lose their backticks and words their case ({@code `amt` >= 0} for {@code amt >= 0}): MariaDB quotes every name it prints;</li>
 * <li>whitespace goes, except between two words: MariaDB reprints {@code (1+2)} as {@code (1 + 2)};</li>
 * <li>one pair of parentheses around the whole goes: {@code DEFAULT (x)} is printed as {@code x};</li>
 * <li>{@code octet_length(} is {@code length(}: MariaDB prints LENGTH under its other name;</li>
 * <li>{@code now()}, {@code current_timestamp()} and {@code current_timestamp} are one function, printed as {@code current_timestamp()};</li>
 * <li>{@code true} and {@code false} are 1 and 0: BOOLEAN is TINYINT(1) and its default is stored as a number;</li>
 * <li>a number is its value ({@code 0.00} is {@code 0}): a DECIMAL column prints its default at its scale.</li>
 * </ul>
 * Text inside string literals is never changed.
 */
final class MariaDbExpressions {

    private MariaDbExpressions() {
    }

    static String normalize(String expression) {
        if (expression == null) {
            return null;
        }
        String compact = compact(expression.strip());
        while (compact.startsWith("(") && closes(compact, 0) == compact.length() - 1) {
            compact = compact.substring(1, compact.length() - 1);
        }
        compact = outsideLiterals(compact, code -> code.replace("octet_length(", "length(")
                .replaceAll("(?<![a-z_])now\\(\\)", "current_timestamp()")
                .replaceAll("current_timestamp(?!\\()", "current_timestamp()"));
        if (compact.equals("true")) {
            return "1";
        }
        if (compact.equals("false")) {
            return "0";
        }
        if (compact.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(compact).stripTrailingZeros().toPlainString();
        }
        return compact;
    }

    /** Lower case, no backticks, no whitespace but between words, outside string literals. */
    private static String compact(String sql) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (c == '\'') {
                int end = literalEnd(sql, at);
                out.append(sql, at, end);
                at = end;
            } else if (c == '`') {
                int end = sql.indexOf('`', at + 1);
                end = end < 0 ? sql.length() : end;
                out.append(sql.substring(at + 1, end).toLowerCase(Locale.ROOT));
                at = end + 1;
            } else if (Character.isWhitespace(c)) {
                while (at < sql.length() && Character.isWhitespace(sql.charAt(at))) {
                    at++;
                }
                if (out.length() > 0 && at < sql.length() && word(out.charAt(out.length() - 1)) && word(sql.charAt(at))) {
                    out.append(' ');
                }
            } else {
                out.append(Character.toLowerCase(c));
                at++;
            }
        }
        return out.toString();
    }

    /** {@code rewrite} applied to each stretch of {@code sql} between string literals. */
    private static String outsideLiterals(String sql, UnaryOperator<String> rewrite) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < sql.length()) {
            int quote = sql.indexOf('\'', at);
            int stop = quote < 0 ? sql.length() : quote;
            out.append(rewrite.apply(sql.substring(at, stop)));
            if (quote < 0) {
                break;
            }
            int end = literalEnd(sql, quote);
            out.append(sql, quote, end);
            at = end;
        }
        return out.toString();
    }

    private static int literalEnd(String sql, int at) {
        int i = at + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                i += 2;
            } else if (c == '\'') {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '`' || c == '\'';
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closes(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = literalEnd(sql, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
