package io.retort.engine;

import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Rows for {@link RandomChain}'s tables, written and read the same way on every database: the
 * values follow from the row's number and the column's type, reference columns ({@code r..}) stay
 * NULL so that no foreign key can fail.
 */
final class RowValues {

    private RowValues() {
    }

    /** INSERT of row number {@code n} (also its id), naming every column, in double quotes. */
    static String insert(Table table, int n) {
        return insert(table, n, name -> "\"" + name + "\"");
    }

    /** As {@link #insert(Table, int)}, with names quoted by {@code quote} (backticks for MariaDB). */
    static String insert(Table table, int n, UnaryOperator<String> quote) {
        List<Column> columns = table.columns();
        return "INSERT INTO " + quote.apply(table.name()) + " (" + columns.stream().map(c -> quote.apply(c.name())).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(c -> value(c, n)).collect(Collectors.joining(", ")) + ")";
    }

    private static String value(Column column, int n) {
        if (column.name().equals("id")) {
            return Integer.toString(n);
        }
        if (column.name().startsWith("r")) {
            return "NULL";
        }
        return switch (column.type().kind()) {
            case INTEGER, BIGINT -> Integer.toString(n);
            case STRING, TEXT -> "'v" + n + "'";
            case BOOLEAN -> n % 2 == 0 ? "TRUE" : "FALSE";
            case NUMERIC -> n + ".25";
            case DATE -> "'" + LocalDate.of(2001, 1, 1).plusDays(n % 5000) + "'";
            default -> throw new IllegalArgumentException(column.type().toString());
        };
    }

    /**
     * A value as read back, in one spelling for both databases. The normalizations, each for a
     * storage difference and not a difference in content: SQLite keeps booleans as 0 and 1 (it has
     * no boolean class); numbers come back as Integer, Long, Double or BigDecimal depending on the
     * client, compared by numeric value (MariaDB's BOOLEAN is a TINYINT); dates are text in SQLite
     * and LocalDate from PostgreSQL and MariaDB, compared in ISO form.
     */
    static String normalized(ColumnType type, Object value) {
        if (value == null) {
            return "NULL";
        }
        if (type.kind() == ColumnType.Kind.BOOLEAN) {
            return value instanceof Boolean b ? b.toString() : Boolean.toString(((Number) value).intValue() != 0);
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
