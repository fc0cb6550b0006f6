package io.retort.dialect.mariadb;

import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portable column types to MariaDB types and back. Where MariaDB's plain type would store less
 * than the portable kind promises, the wider form is written: TEXT as LONGTEXT (TEXT holds 64 KB),
 * a timestamp or time without precision as microseconds (MariaDB's default is whole seconds, the
 * other databases keep microseconds). MariaDB has no time zone type: a timestamp with time zone is
 * a DATETIME holding UTC, the way Hibernate maps {@code Instant} and {@code OffsetDateTime} here.
 */
final class MariaDbTypes {

    /** Microseconds: what PostgreSQL keeps for a timestamp without precision, and Hibernate asks for. */
    static final int DEFAULT_FRACTION = 6;

    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)( unsigned)?");

    private static final Map<String, Kind> PLAIN = Map.ofEntries(
            Map.entry("longtext", Kind.TEXT),
            Map.entry("smallint", Kind.SMALLINT),
            Map.entry("int", Kind.INTEGER), Map.entry("integer", Kind.INTEGER),
            Map.entry("bigint", Kind.BIGINT),
            Map.entry("float", Kind.REAL),
            Map.entry("double", Kind.DOUBLE), Map.entry("double precision", Kind.DOUBLE),
            Map.entry("boolean", Kind.BOOLEAN), Map.entry("bool", Kind.BOOLEAN), Map.entry("tinyint(1)", Kind.BOOLEAN),
            Map.entry("date", Kind.DATE),
            Map.entry("uuid", Kind.UUID),
            Map.entry("json", Kind.JSON),
            Map.entry("longblob", Kind.BYTES));

    private MariaDbTypes() {
    }

    /** The type as written in DDL: {@code VARCHAR(255)}, {@code DATETIME(6)}, {@code LONGTEXT}. */
    static String toSql(ColumnType type) {
        switch (type.kind()) {
            case STRING:
                return type.length() == null ? "LONGTEXT" : "VARCHAR(" + type.length() + ")";
            case NUMERIC:
                if (type.precision() == null) {
                    // DECIMAL alone is DECIMAL(10,0) here: 12.5 would be stored as 13 with only a note.
                    throw new IllegalArgumentException("MariaDB has no NUMERIC without a precision (it would round every value to"
                            + " DECIMAL(10,0)); give one, such as numeric(19, 4)");
                }
                return "DECIMAL(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case TEXT:
                return "LONGTEXT";
            case SMALLINT:
                return "SMALLINT";
            case INTEGER:
                return "INT";
            case BIGINT:
                return "BIGINT";
            case REAL:
                return "FLOAT";
            case DOUBLE:
                return "DOUBLE";
            case BOOLEAN:
                return "BOOLEAN";
            case DATE:
                return "DATE";
            case TIME:
                return "TIME(" + fraction(type) + ")";
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return "DATETIME(" + fraction(type) + ")";
            case UUID:
                return "UUID";
            case JSON:
                return "JSON";
            case BYTES:
                return "LONGBLOB";
            case RAW:
                return type.raw();
            default:
                throw new IllegalArgumentException("No MariaDB type for " + type);
        }
    }

    private static int fraction(ColumnType type) {
        return type.precision() == null ? DEFAULT_FRACTION : type.precision();
    }

    /**
     * The portable type for a column type as information_schema's COLUMN_TYPE prints it
     * ({@code varchar(20)}, {@code int(11)}, {@code datetime(6)}); a type with no portable kind
     * ({@code enum('a','b')}, {@code mediumtext}) comes back raw. A JSON column reads as
     * {@code longtext} there; the inspector tells it apart by its json_valid check.
     */
    static ColumnType fromSql(String sql) {
        String name = sql.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Kind plain = PLAIN.get(name);
        if (plain != null) {
            return ColumnType.of(plain);
        }
        if (name.equals("datetime")) {
            return ColumnType.temporal(Kind.TIMESTAMP, 0);
        }
        if (name.equals("time")) {
            return ColumnType.temporal(Kind.TIME, 0);
        }
        Matcher sized = SIZED.matcher(name);
        if (sized.matches() && sized.group(4) == null) {
            String base = sized.group(1).trim();
            int first = Integer.parseInt(sized.group(2));
            Integer second = sized.group(3) == null ? null : Integer.valueOf(sized.group(3));
            switch (base) {
                case "varchar":
                    return second == null ? ColumnType.string(first) : ColumnType.raw(name);
                case "decimal":
                case "numeric":
                    return ColumnType.numeric(first, second == null ? 0 : second);
                case "datetime":
                    return ColumnType.temporal(Kind.TIMESTAMP, first);
                case "time":
                    return ColumnType.temporal(Kind.TIME, first);
                // The display width MariaDB prints (int(11), bigint(20)) is no part of the type.
                case "smallint":
                    return ColumnType.of(Kind.SMALLINT);
                case "int":
                case "integer":
                    return ColumnType.of(Kind.INTEGER);
                case "bigint":
                    return ColumnType.of(Kind.BIGINT);
                // FLOAT(p) is FLOAT up to 24 bits of precision and DOUBLE above (Hibernate writes float(53) for double).
                case "float":
                    return second == null ? ColumnType.of(first <= 24 ? Kind.REAL : Kind.DOUBLE) : ColumnType.raw(name);
                default:
                    break;
            }
        }
        // Kept as written: an enum's labels and a charset name keep their case.
        return ColumnType.raw(sql.trim());
    }

    /**
     * The type as MariaDB reports it back: a timestamp with time zone is a DATETIME (this database
     * keeps no zone), a precision left out is the microseconds Retort writes, a length-less string
     * is LONGTEXT, raw spellings of portable types folded.
     */
    static ColumnType canonical(ColumnType type) {
        switch (type.kind()) {
            case RAW:
                ColumnType parsed = fromSql(type.raw());
                return parsed.kind() == Kind.RAW ? ColumnType.raw(lowerCaseOutsideQuotes(parsed.raw())) : parsed;
            case STRING:
                return type.length() == null ? ColumnType.of(Kind.TEXT) : type;
            case NUMERIC:
                return type.precision() == null ? type : ColumnType.numeric(type.precision(), type.scale() == null ? 0 : type.scale());
            case TIME:
                return ColumnType.temporal(Kind.TIME, fraction(type));
            case TIMESTAMP:
            case TIMESTAMPTZ:
                return ColumnType.temporal(Kind.TIMESTAMP, fraction(type));
            default:
                return type;
        }
    }

    /**
     * A raw type as MariaDB prints it: words in lower case, no space before a parenthesis or around
     * a comma ({@code enum ('A', 'B')} is printed {@code enum('A','B')}), quoted text (an enum's
     * labels) as written.
     */
    private static String lowerCaseOutsideQuotes(String sql) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            if (!quoted && (c == '(' || c == ',' || c == ')') && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            out.append(quoted ? c : Character.toLowerCase(c));
            if (!quoted && c == ',') {
                while (i + 1 < sql.length() && Character.isWhitespace(sql.charAt(i + 1))) {
                    i++;
                }
            }
        }
        String folded = out.toString().strip();
        // BIT is BIT(1); TINYINT and MEDIUMINT print a display width that is no part of the type.
        if (folded.equals("bit")) {
            return "bit(1)";
        }
        return folded.replaceFirst("^(tinyint|mediumint)\\(\\d+\\)( unsigned)?$", "$1$2");
    }

    /** Whether an index on a column of this type needs a prefix length (MariaDB indexes no whole BLOB or TEXT). */
    static boolean needsPrefix(ColumnType type) {
        ColumnType canonical = canonical(type);
        return switch (canonical.kind()) {
            case TEXT, BYTES, JSON -> true;
            case RAW -> canonical.raw().matches("(tiny|medium|long)?(text|blob)");
            default -> false;
        };
    }
}
