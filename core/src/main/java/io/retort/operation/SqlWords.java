package io.retort.operation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and renames a column inside opaque SQL expressions (checks, partial-index predicates), as
 * the databases themselves do when a column is renamed or dropped.
 */
final class SqlWords {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    private SqlWords() {
    }

    static boolean mentions(String expression, String column) {
        return expression != null && pattern(column).matcher(expression).find();
    }

    static String rename(String expression, String from, String to) {
        if (expression == null) {
            return null;
        }
        Matcher matcher = pattern(from).matcher(expression);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            // An unquoted new name that is not plain lower case must be quoted, or the database
            // would fold it ("State" read as state).
            boolean quoted = matcher.group().startsWith("\"") || !PLAIN.matcher(to).matches();
            matcher.appendReplacement(out, Matcher.quoteReplacement(quoted ? "\"" + to.replace("\"", "\"\"") + "\"" : to));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    // A word not inside a longer identifier and not inside a string literal is close enough for the
    // expressions migrations carry; string literals naming the column are rare and left alone.
    private static Pattern pattern(String column) {
        String quoted = "\"" + column.replace("\"", "\"\"") + "\"";
        return Pattern.compile("(?<![\\w$'])(" + Pattern.quote(quoted) + "|" + Pattern.quote(column) + ")(?![\\w$'])");
    }
}
