package io.retort.dialect.sqlite;

import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column types to SQLite declared types and back. SQLite keeps the declared type text verbatim
 * (only its affinity matters to it), so each portable kind is written as a text that maps back to
 * exactly that kind; a declared type Retort does not know comes back as {@link Kind#RAW}.
 */
final class SqliteTypes {

    private static final Pattern VARCHAR = Pattern.compile("VARCHAR(?:\\((\\d+)\\))?");
    private static final Pattern TEMPORAL = Pattern.compile("(TIME|TIMESTAMP|TIMESTAMP WITH TIME ZONE)\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("NUMERIC(?:\\((\\d+)(?:,(\\d+))?\\))?");

    private SqliteTypes() {
    }

    /** The declared type written in CREATE TABLE and ADD COLUMN. */
    static String render(ColumnType type) {
        switch (type.kind()) {
            case STRING:
                return type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
            case NUMERIC:
                if (type.precision() == null) {
                    return "NUMERIC";
                }
                return "NUMERIC(" + type.precision() + (type.scale() == null ? "" : "," + type.scale()) + ")";
            case TIME:
                return "TIME" + precision(type);
            case TIMESTAMP:
                return "TIMESTAMP" + precision(type);
            case TIMESTAMPTZ:
                // SQLite's grammar puts a type's (n) after all its words.
                return "TIMESTAMP WITH TIME ZONE" + precision(type);
            case BYTES:
                return "BLOB";
            case RAW:
                return type.raw();
            default:
                return type.kind().name();
        }
    }

    private static String precision(ColumnType type) {
        return type.precision() == null ? "" : "(" + type.precision() + ")";
    }

    /** The column type a declared type stands for; unknown spellings are kept as raw types. */
    static ColumnType parse(String declared) {
        if (declared == null || declared.isBlank()) {
            // No declared type means BLOB affinity; BYTES is the portable kind that has it.
            return ColumnType.of(Kind.BYTES);
        }
        String text = declared.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" ?([(),]) ?", "$1");
        Matcher varchar = VARCHAR.matcher(text);
        if (varchar.matches()) {
            return varchar.group(1) == null ? ColumnType.of(Kind.STRING) : ColumnType.string(Integer.parseInt(varchar.group(1)));
        }
        Matcher temporal = TEMPORAL.matcher(text);
        if (temporal.matches()) {
            Kind kind = temporal.group(1).equals("TIME") ? Kind.TIME : temporal.group(1).equals("TIMESTAMP") ? Kind.TIMESTAMP : Kind.TIMESTAMPTZ;
            return ColumnType.temporal(kind, Integer.valueOf(temporal.group(2)));
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            return ColumnType.numeric(numeric.group(1) == null ? null : Integer.valueOf(numeric.group(1)),
                    numeric.group(2) == null ? null : Integer.valueOf(numeric.group(2)));
        }
        switch (text) {
            case "TEXT":
                return ColumnType.of(Kind.TEXT);
            case "SMALLINT":
                return ColumnType.of(Kind.SMALLINT);
            case "INTEGER":
                return ColumnType.of(Kind.INTEGER);
            case "BIGINT":
                return ColumnType.of(Kind.BIGINT);
            case "REAL":
                return ColumnType.of(Kind.REAL);
            case "DOUBLE":
                return ColumnType.of(Kind.DOUBLE);
            case "BOOLEAN":
                return ColumnType.of(Kind.BOOLEAN);
            case "DATE":
                return ColumnType.of(Kind.DATE);
            case "TIME":
                return ColumnType.of(Kind.TIME);
            case "TIMESTAMP":
                return ColumnType.of(Kind.TIMESTAMP);
            case "TIMESTAMP WITH TIME ZONE":
                return ColumnType.of(Kind.TIMESTAMPTZ);
            case "UUID":
                return ColumnType.of(Kind.UUID);
            case "JSON":
                return ColumnType.of(Kind.JSON);
            case "BLOB":
                return ColumnType.of(Kind.BYTES);
            default:
                return ColumnType.raw(declared);
        }
    }

    /** The type as it reads back from SQLite: a raw type spelled like a portable one becomes that kind. */
    static ColumnType canonical(ColumnType type) {
        return parse(render(type));
    }
}
