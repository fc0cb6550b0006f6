package io.retort.schema;

import java.io.Serializable;
import java.util.Objects;

/**
 * A column type: one of the portable kinds, with length or precision where the kind takes one,
 * or a raw dialect type written as the database spells it.
 */
public record ColumnType(Kind kind, Integer length, Integer precision, Integer scale, String raw) implements Serializable {

    /** The portable kinds; {@link #RAW} passes {@code raw} through unchanged. */
    public enum Kind {
        STRING, TEXT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, NUMERIC, BOOLEAN,
        DATE, TIME, TIMESTAMP, TIMESTAMPTZ, UUID, JSON, BYTES, RAW
    }

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.RAW && (raw == null || raw.isBlank())) {
            throw new IllegalArgumentException("A raw column type needs the type's SQL text");
        }
    }

    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, null, null, null, null);
    }

    public static ColumnType string(int length) {
        return new ColumnType(Kind.STRING, length, null, null, null);
    }

    public static ColumnType numeric(Integer precision, Integer scale) {
        return new ColumnType(Kind.NUMERIC, null, precision, scale, null);
    }

    /** A time or timestamp kind with its fractional-second precision ({@code timestamp(6)}), null for the database's default. */
    public static ColumnType temporal(Kind kind, Integer precision) {
        if (kind != Kind.TIME && kind != Kind.TIMESTAMP && kind != Kind.TIMESTAMPTZ) {
            throw new IllegalArgumentException(kind + " takes no fractional-second precision");
        }
        return new ColumnType(kind, null, precision, null, null);
    }

    public static ColumnType raw(String sql) {
        return new ColumnType(Kind.RAW, null, null, null, sql.trim());
    }

    /** A readable form for messages and generated code, such as {@code string(26)}. */
    @Override
    public String toString() {
        return switch (kind) {
            case STRING -> length == null ? "string" : "string(" + length + ")";
            case NUMERIC -> precision == null ? "numeric" : "numeric(" + precision + (scale == null ? "" : "," + scale) + ")";
            case RAW -> "raw(" + raw + ")";
            case TIME, TIMESTAMP, TIMESTAMPTZ -> kind.name().toLowerCase() + (precision == null ? "" : "(" + precision + ")");
            default -> kind.name().toLowerCase();
        };
    }
}
