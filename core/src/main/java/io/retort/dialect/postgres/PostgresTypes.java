package io.retort.dialect.postgres;

import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Portable column types to PostgreSQL type names and back. {@link #fromSql} reads what
 * {@code format_type()} prints and also the aliases people write in {@code raw(...)} ({@code int4},
 * {@code timestamptz}, {@code varchar(20)}), so a raw type PostgreSQL knows by a portable name
 * compares equal to it.
 */
final class PostgresTypes {

    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    /** {@code timestamp(3) with time zone}, {@code time(0) without time zone}, {@code timestamptz(6)}. */
    private static final Pattern TEMPORAL = Pattern.compile("(time|timestamp|timestamptz)\\s*\\(\\s*(\\d+)\\s*\\)( with time zone| without time zone)?");

    /** {@code char}, {@code char(1)}, {@code character(1)}, {@code bpchar(1)}. */
    private static final Pattern FIXED_CHAR = Pattern.compile("(char|character|bpchar)(?:\\s*\\(\\s*(\\d+)\\s*\\))?");

    private static final Map<String, Kind> PLAIN = Map.ofEntries(
            Map.entry("text", Kind.TEXT),
            Map.entry("smallint", Kind.SMALLINT), Map.entry("int2", Kind.SMALLINT),
            Map.entry("integer", Kind.INTEGER), Map.entry("int", Kind.INTEGER), Map.entry("int4", Kind.INTEGER),
            Map.entry("bigint", Kind.BIGINT), Map.entry("int8", Kind.BIGINT),
            Map.entry("real", Kind.REAL), Map.entry("float4", Kind.REAL),
            Map.entry("double precision", Kind.DOUBLE), Map.entry("float8", Kind.DOUBLE), Map.entry("float", Kind.DOUBLE),
            Map.entry("boolean", Kind.BOOLEAN), Map.entry("bool", Kind.BOOLEAN),
            Map.entry("date", Kind.DATE),
            Map.entry("time", Kind.TIME), Map.entry("time without time zone", Kind.TIME),
            Map.entry("timestamp", Kind.TIMESTAMP), Map.entry("timestamp without time zone", Kind.TIMESTAMP),
            Map.entry("timestamptz", Kind.TIMESTAMPTZ), Map.entry("timestamp with time zone", Kind.TIMESTAMPTZ),
            Map.entry("uuid", Kind.UUID),
            // json is not jsonb (it keeps key order and duplicates): only jsonb is the portable JSON kind.
            Map.entry("jsonb", Kind.JSON),
            Map.entry("bytea", Kind.BYTES));

    private PostgresTypes() {
    }

    /** The type as written in DDL: {@code VARCHAR(255)}, {@code JSONB}, {@code TIMESTAMP WITH TIME ZONE}. */
    static String toSql(ColumnType type) {
        switch (type.kind()) {
            case STRING:
                return type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
            case NUMERIC:
                if (type.precision() == null) {
                    return "NUMERIC";
                }
                return "NUMERIC(" + type.precision() + (type.scale() == null ? "" : ", " + type.scale()) + ")";
            case TEXT:
                return "TEXT";
            case SMALLINT:
                return "SMALLINT";
            case INTEGER:
                return "INTEGER";
            case BIGINT:
                return "BIGINT";
            case REAL:
                return "REAL";
            case DOUBLE:
                return "DOUBLE PRECISION";
            case BOOLEAN:
                return "BOOLEAN";
            case DATE:
                return "DATE";
            case TIME:
                return "TIME" + precision(type);
            case TIMESTAMP:
                return "TIMESTAMP" + precision(type);
            case TIMESTAMPTZ:
                return "TIMESTAMP" + precision(type) + " WITH TIME ZONE";
            case UUID:
                return "UUID";
            case JSON:
                return "JSONB";
            case BYTES:
                return "BYTEA";
            case RAW:
                return type.raw();
            default:
                throw new IllegalArgumentException("No PostgreSQL type for " + type);
        }
    }

    private static String precision(ColumnType type) {
        return type.precision() == null ? "" : "(" + type.precision() + ")";
    }

    /**
     * The portable type for a PostgreSQL type name such as {@code format_type()} prints it; a type
     * with no portable kind (arrays, {@code citext}, {@code timestamp(3)}) comes back as RAW; an
     * explicit precision 6 on a time or timestamp is the default and reads as the plain type.
     */
    static ColumnType fromSql(String sql) {
        String name = sql.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        // No precision folded away: the catalog tells timestamp from timestamp(6), and so does Hibernate's DDL.
        Matcher temporal = TEMPORAL.matcher(name);
        if (temporal.matches()) {
            Kind kind = PLAIN.get(temporal.group(1) + (temporal.group(3) == null ? "" : temporal.group(3)));
            if (kind == Kind.TIME || kind == Kind.TIMESTAMP || kind == Kind.TIMESTAMPTZ) {
                return ColumnType.temporal(kind, Integer.valueOf(temporal.group(2)));
            }
        }
        Matcher fixed = FIXED_CHAR.matcher(name);
        if (fixed.matches() && !(fixed.group(1).equals("bpchar") && fixed.group(2) == null)) {
            // char(n), character(n) and bpchar(n) are one type; the catalog says character(n).
            return ColumnType.raw("character(" + (fixed.group(2) == null ? "1" : fixed.group(2)) + ")");
        }
        Kind plain = PLAIN.get(name);
        if (plain != null) {
            return ColumnType.of(plain);
        }
        if (name.equals("character varying") || name.equals("varchar")) {
            return new ColumnType(Kind.STRING, null, null, null, null);
        }
        if (name.equals("numeric") || name.equals("decimal")) {
            return ColumnType.numeric(null, null);
        }
        Matcher sized = SIZED.matcher(name);
        if (sized.matches()) {
            String base = sized.group(1).trim();
            int first = Integer.parseInt(sized.group(2));
            Integer second = sized.group(3) == null ? null : Integer.valueOf(sized.group(3));
            if ((base.equals("character varying") || base.equals("varchar")) && second == null) {
                return ColumnType.string(first);
            }
            if (base.equals("numeric") || base.equals("decimal")) {
                // PostgreSQL stores NUMERIC(p) as NUMERIC(p,0).
                return ColumnType.numeric(first, second == null ? 0 : second);
            }
        }
        return ColumnType.raw(sql.trim());
    }

    /** The type as PostgreSQL reports it back: aliases and raw spellings of portable types folded. */
    static ColumnType canonical(ColumnType type) {
        if (type.kind() == Kind.RAW) {
            ColumnType parsed = fromSql(type.raw());
            return parsed.kind() == Kind.RAW ? ColumnType.raw(parsed.raw().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)) : parsed;
        }
        if (type.kind() == Kind.NUMERIC && type.precision() != null && type.scale() == null) {
            return ColumnType.numeric(type.precision(), 0);
        }
        return type;
    }
}
