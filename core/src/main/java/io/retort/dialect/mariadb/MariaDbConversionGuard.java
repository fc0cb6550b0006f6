package io.retort.dialect.mariadb;

import io.retort.dialect.Dialect;
import io.retort.schema.Column;
import io.retort.schema.ColumnType.Kind;
import java.util.Optional;
import java.util.Set;

/**
 * The check before a text column becomes a number: MariaDB converts what it can without a word
 * ('007' becomes 7, and with a lenient sql_mode 'abc' becomes 0). A value must read the same as
 * the integer it becomes, or be a plain decimal number for DECIMAL, FLOAT and DOUBLE, or the
 * revision fails naming the table, the column and the value, before anything changed.
 */
final class MariaDbConversionGuard {

    private static final Set<Kind> TEXTUAL = Set.of(Kind.STRING, Kind.TEXT);
    private static final Set<Kind> INTEGERS = Set.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);
    private static final Set<Kind> DECIMALS = Set.of(Kind.NUMERIC, Kind.REAL, Kind.DOUBLE);

    private MariaDbConversionGuard() {
    }

    static Optional<String> of(String table, Column old, Column now, MariaDbDialect dialect) {
        Kind from = MariaDbTypes.canonical(old.type()).kind();
        Kind to = MariaDbTypes.canonical(now.type()).kind();
        if (!TEXTUAL.contains(from) || !INTEGERS.contains(to) && !DECIMALS.contains(to)) {
            return Optional.empty();
        }
        String column = dialect.quote(old.name());
        String unfaithful = INTEGERS.contains(to)
                ? "CAST(CAST(" + column + " AS SIGNED) AS CHAR) <> " + column
                : column + " NOT REGEXP '^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?$'";
        return Optional.of(Dialect.GUARD + "CONCAT('Table ', " + dialect.literal(table) + ", ', column ', " + dialect.literal(old.name())
                + ", ': a row holds ', QUOTE(" + column + "), ', which does not convert to " + MariaDbTypes.toSql(now.type())
                + "; nothing was changed') FROM " + dialect.quote(table) + " WHERE " + column + " IS NOT NULL AND (" + unfaithful + ") LIMIT 1");
    }
}
