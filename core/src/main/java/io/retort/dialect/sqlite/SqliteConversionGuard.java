package io.retort.dialect.sqlite;

import io.retort.dialect.Dialect;
import io.retort.schema.Column;
import java.util.Locale;
import java.util.Optional;

/**
 * The check after a rebuild copied a column into a numeric type: SQLite converts what it can and
 * keeps the rest as it was, silently ('007' becomes 7, 'abc' stays text in an INTEGER column). A
 * text value must come out as a number that reads the same ('12' -> 12), or the revision fails,
 * naming the table, the column, the row and the value. For REAL columns only values left
 * unconverted are refused ('7' -> 7.0 is a faithful conversion that does not read the same).
 */
final class SqliteConversionGuard {

    private SqliteConversionGuard() {
    }

    static Optional<String> of(String table, String scratch, Column old, Column now) {
        String before = affinity(SqliteTypes.render(old.type()));
        String after = affinity(SqliteTypes.render(now.type()));
        if (before.equals(after) || !(after.equals("INTEGER") || after.equals("NUMERIC") || after.equals("REAL"))) {
            return Optional.empty();
        }
        String column = SqliteDdl.quote(old.name());
        String changed = after.equals("REAL") ? "0" : "CAST(n.v AS TEXT) <> o.v";
        return Optional.of(Dialect.GUARD + "'Table ' || " + SqliteDdl.literal(table) + " || ', column ' || "
                + SqliteDdl.literal(old.name()) + " || ': row ' || o.id || ' holds ' || quote(o.v) || ', which does not convert to "
                + SqliteTypes.render(now.type()).replace("'", "''") + "; nothing was changed'"
                + " FROM (SELECT row_number() OVER (ORDER BY rowid) AS k, rowid AS id, " + column + " AS v FROM "
                + SqliteDdl.quote(table) + ") o JOIN (SELECT row_number() OVER (ORDER BY rowid) AS k, " + SqliteDdl.quote(now.name())
                + " AS v FROM " + SqliteDdl.quote(scratch) + ") n ON n.k = o.k"
                + " WHERE typeof(o.v) = 'text' AND (typeof(n.v) NOT IN ('integer', 'real') OR " + changed + ") LIMIT 1");
    }

    /** SQLite's type affinity of a declared type, by its documented rules. */
    static String affinity(String declared) {
        String type = declared.toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return "INTEGER";
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return "TEXT";
        }
        if (type.isBlank() || type.contains("BLOB")) {
            return "BLOB";
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return "REAL";
        }
        return "NUMERIC";
    }
}
