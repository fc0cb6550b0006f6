package io.retort.migration;

import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;

/** The portable column types, for static import in revisions. */
public final class ColumnTypes {

    /** Length of {@link #string()} when none is given, as Hibernate's default. */
    public static final int DEFAULT_STRING_LENGTH = 255;

    /** A ULID in its canonical text form is 26 characters. */
    public static final int ULID_LENGTH = 26;

    private ColumnTypes() {
    }

    /** VARCHAR(255). */
    public static ColumnType string() {
        return ColumnType.string(DEFAULT_STRING_LENGTH);
    }

    /** VARCHAR(length). */
    public static ColumnType string(int length) {
        return ColumnType.string(length);
    }

    /** Unbounded text. */
    public static ColumnType text() {
        return ColumnType.of(Kind.TEXT);
    }

    public static ColumnType smallint() {
        return ColumnType.of(Kind.SMALLINT);
    }

    public static ColumnType integer() {
        return ColumnType.of(Kind.INTEGER);
    }

    public static ColumnType bigint() {
        return ColumnType.of(Kind.BIGINT);
    }

    /** 4-byte floating point. */
    public static ColumnType real() {
        return ColumnType.of(Kind.REAL);
    }

    /** 8-byte floating point. */
    public static ColumnType doublePrecision() {
        return ColumnType.of(Kind.DOUBLE);
    }

    /** Exact decimal with {@code precision} digits, {@code scale} of them after the point. */
    public static ColumnType numeric(int precision, int scale) {
        return ColumnType.numeric(precision, scale);
    }

    public static ColumnType bool() {
        return ColumnType.of(Kind.BOOLEAN);
    }

    public static ColumnType date() {
        return ColumnType.of(Kind.DATE);
    }

    public static ColumnType time() {
        return ColumnType.of(Kind.TIME);
    }

    /** Time of day keeping {@code precision} fractional-second digits (0 to 6): {@code time(0)} has whole seconds. */
    public static ColumnType time(int precision) {
        return ColumnType.temporal(Kind.TIME, precision);
    }

    /** Timestamp without time zone. */
    public static ColumnType timestamp() {
        return ColumnType.of(Kind.TIMESTAMP);
    }

    /** Timestamp without time zone keeping {@code precision} fractional-second digits (0 to 6). */
    public static ColumnType timestamp(int precision) {
        return ColumnType.temporal(Kind.TIMESTAMP, precision);
    }

    /** Timestamp with time zone. */
    public static ColumnType timestampTz() {
        return ColumnType.of(Kind.TIMESTAMPTZ);
    }

    /** Timestamp with time zone keeping {@code precision} fractional-second digits (0 to 6). */
    public static ColumnType timestampTz(int precision) {
        return ColumnType.temporal(Kind.TIMESTAMPTZ, precision);
    }

    public static ColumnType uuid() {
        return ColumnType.of(Kind.UUID);
    }

    /** JSON document (PostgreSQL jsonb). */
    public static ColumnType json() {
        return ColumnType.of(Kind.JSON);
    }

    /** Binary data (PostgreSQL bytea, SQLite BLOB). */
    public static ColumnType bytes() {
        return ColumnType.of(Kind.BYTES);
    }

    /** A ULID stored as its 26-character text. */
    public static ColumnType ulid() {
        return ColumnType.string(ULID_LENGTH);
    }

    /** A type written as the database spells it, passed through unchanged ({@code raw("citext")}). */
    public static ColumnType raw(String sql) {
        return ColumnType.raw(sql);
    }
}
