package io.retort.model;

import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.type.SqlTypes;

/**
 * Hibernate's column types, read through PostgreSQL's dialect, as portable kinds: by JDBC type code,
 * with sizes from the dialect's type name. A type with no portable kind stays raw, spelled as the
 * dialect spells it.
 */
final class HibernateTypes {

    private static final Pattern PRECISION = Pattern.compile("\\((\\d+)\\)");
    private static final Pattern SIZED = Pattern.compile("[a-z ]+\\((\\d+)(?:\\s*,\\s*(\\d+))?\\).*");

    private HibernateTypes() {
    }

    static ColumnType portable(int code, String typeName) {
        String name = typeName.toLowerCase(Locale.ROOT).trim();
        switch (code) {
            case SqlTypes.BOOLEAN:
            case SqlTypes.BIT:
                return ColumnType.of(Kind.BOOLEAN);
            case SqlTypes.TINYINT:
            case SqlTypes.SMALLINT:
                return ColumnType.of(Kind.SMALLINT);
            case SqlTypes.INTEGER:
                return ColumnType.of(Kind.INTEGER);
            case SqlTypes.BIGINT:
                return ColumnType.of(Kind.BIGINT);
            case SqlTypes.REAL:
                return ColumnType.of(Kind.REAL);
            case SqlTypes.FLOAT:
            case SqlTypes.DOUBLE:
                return isSinglePrecision(name) ? ColumnType.of(Kind.REAL) : ColumnType.of(Kind.DOUBLE);
            case SqlTypes.NUMERIC:
            case SqlTypes.DECIMAL:
                return numeric(name);
            case SqlTypes.VARCHAR:
            case SqlTypes.NVARCHAR:
                return name.equals("text") ? ColumnType.of(Kind.TEXT) : string(name);
            case SqlTypes.LONGVARCHAR:
            case SqlTypes.LONGNVARCHAR:
            case SqlTypes.LONG32VARCHAR:
            case SqlTypes.LONG32NVARCHAR:
            case SqlTypes.CLOB:
            case SqlTypes.NCLOB:
                return name.equals("text") ? ColumnType.of(Kind.TEXT) : name.startsWith("varchar") ? string(name) : ColumnType.raw(name);
            case SqlTypes.DATE:
                return ColumnType.of(Kind.DATE);
            case SqlTypes.TIME:
                return name.startsWith("time") && !name.contains("zone") ? temporal(Kind.TIME, name) : ColumnType.raw(name);
            case SqlTypes.TIMESTAMP:
                return temporal(Kind.TIMESTAMP, name);
            case SqlTypes.TIMESTAMP_WITH_TIMEZONE:
            case SqlTypes.TIMESTAMP_UTC:
                return temporal(Kind.TIMESTAMPTZ, name);
            case SqlTypes.UUID:
                return ColumnType.of(Kind.UUID);
            case SqlTypes.JSON:
            case SqlTypes.JSON_ARRAY:
                return ColumnType.of(Kind.JSON);
            case SqlTypes.VARBINARY:
            case SqlTypes.BINARY:
            case SqlTypes.LONGVARBINARY:
            case SqlTypes.LONG32VARBINARY:
            case SqlTypes.BLOB:
                return name.equals("bytea") ? ColumnType.of(Kind.BYTES) : ColumnType.raw(name);
            default:
                return byName(name);
        }
    }

    /** Type codes Hibernate uses beyond the standard ones (temporal variants) fall back to the type's name. */
    private static ColumnType byName(String name) {
        String bare = name.replaceAll("\\(\\d+\\)", "").trim();
        switch (bare) {
            case "timestamp with time zone":
            case "timestamptz":
                return temporal(Kind.TIMESTAMPTZ, name);
            case "timestamp":
            case "timestamp without time zone":
                return temporal(Kind.TIMESTAMP, name);
            case "time":
            case "time without time zone":
                return temporal(Kind.TIME, name);
            case "date":
                return ColumnType.of(Kind.DATE);
            default:
                return ColumnType.raw(name);
        }
    }

    /** A time or timestamp with the fractional-second precision Hibernate's type name gives ({@code timestamp(6)}, {@code time(0)}). */
    private static ColumnType temporal(Kind kind, String name) {
        Matcher precision = PRECISION.matcher(name);
        return ColumnType.temporal(kind, precision.find() ? Integer.valueOf(precision.group(1)) : null);
    }

    /** float(p) with p up to 24 is single precision in SQL (PostgreSQL stores it as real). */
    private static boolean isSinglePrecision(String name) {
        if (name.startsWith("real") || name.equals("float4")) {
            return true;
        }
        Matcher sized = SIZED.matcher(name);
        return name.startsWith("float") && sized.matches() && Integer.parseInt(sized.group(1)) <= 24;
    }

    private static ColumnType string(String name) {
        Matcher sized = SIZED.matcher(name);
        return sized.matches() ? ColumnType.string(Integer.parseInt(sized.group(1))) : ColumnType.of(Kind.TEXT);
    }

    private static ColumnType numeric(String name) {
        Matcher sized = SIZED.matcher(name);
        if (!sized.matches()) {
            return ColumnType.numeric(null, null);
        }
        return ColumnType.numeric(Integer.parseInt(sized.group(1)), sized.group(2) == null ? 0 : Integer.parseInt(sized.group(2)));
    }
}
