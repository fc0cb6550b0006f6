package io.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.retort.migration.ColumnTypes;
import io.retort.schema.ColumnType;
import org.junit.jupiter.api.Test;

/** One canonical form per type: what Retort writes reads back as the same type, and no two catalog types are folded together. */
class PostgresTypesTest {

    @Test
    void fixedCharSpellingsAreOneType() {
        // The model says char(1) (Hibernate's spelling), the catalog character(1): autogenerate used to propose a change every run.
        assertEquals(PostgresTypes.fromSql("character(1)"), PostgresTypes.canonical(ColumnTypes.raw("char(1)")));
        assertEquals(PostgresTypes.fromSql("character(1)"), PostgresTypes.canonical(ColumnTypes.raw("bpchar(1)")));
        assertEquals(PostgresTypes.fromSql("character(1)"), PostgresTypes.canonical(ColumnTypes.raw("CHAR")));
        assertNotEquals(PostgresTypes.fromSql("character(2)"), PostgresTypes.canonical(ColumnTypes.raw("char(1)")));
    }

    @Test
    void temporalPrecisionIsKeptBothWays() {
        // timestamp and timestamp(6) are different catalog types (atttypmod -1 and 6); time(0) drops fractions time keeps.
        assertEquals(ColumnTypes.timestamp(6), PostgresTypes.fromSql("timestamp(6) without time zone"));
        assertEquals(ColumnTypes.timestamp(), PostgresTypes.fromSql("timestamp without time zone"));
        assertNotEquals(PostgresTypes.fromSql("timestamp without time zone"), PostgresTypes.fromSql("timestamp(6) without time zone"));
        assertEquals(ColumnTypes.timestampTz(3), PostgresTypes.fromSql("timestamp(3) with time zone"));
        assertEquals(ColumnTypes.time(0), PostgresTypes.fromSql("time(0) without time zone"));
        assertEquals("TIMESTAMP(6) WITH TIME ZONE", PostgresTypes.toSql(ColumnTypes.timestampTz(6)));
        assertEquals("TIME(0)", PostgresTypes.toSql(ColumnTypes.time(0)));
        assertEquals(ColumnType.temporal(ColumnType.Kind.TIMESTAMP, 6), PostgresTypes.canonical(ColumnTypes.raw("timestamp(6)")));
    }
}
