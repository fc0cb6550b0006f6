package io.retort.diff;

import static io.retort.diff.DiffScenario.diff;
import static io.retort.diff.DiffScenario.schema;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.doublePrecision;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.real;
import static io.retort.migration.ColumnTypes.smallint;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.migration.ColumnTypes.timestamp;
import static io.retort.migration.ColumnTypes.timestampTz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.ColumnOption;
import io.retort.schema.ColumnType;
import io.retort.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which column changes may lose data or fail on existing rows, and what the note says. */
class SchemaDiffDestructiveTest {

    private static Schema column(ColumnType type, ColumnOption... options) {
        return schema(op -> op.createTable("t", t -> t.column("id", integer(), primaryKey()).column("c", type, options)));
    }

    private static Change onlyChange(Schema current, Schema target) {
        DiffResult result = diff(current, target);
        assertEquals(1, result.changes().size(), result.describe().toString());
        return result.changes().get(0);
    }

    @Test
    void wideningTypesAreSafe() {
        assertFalse(onlyChange(column(smallint()), column(integer())).destructive());
        assertFalse(onlyChange(column(smallint()), column(bigint())).destructive());
        assertFalse(onlyChange(column(integer()), column(bigint())).destructive());
        assertFalse(onlyChange(column(string(20)), column(text())).destructive());
        assertFalse(onlyChange(column(string(20)), column(string(40))).destructive());
        assertFalse(onlyChange(column(real()), column(doublePrecision())).destructive());
        assertFalse(onlyChange(column(numeric(10, 2)), column(numeric(12, 2))).destructive());
        assertNull(onlyChange(column(integer()), column(bigint())).note());
    }

    @Test
    void shorterStringIsDestructive() {
        Change change = onlyChange(column(string(40)), column(string(20)));

        assertTrue(change.destructive());
        assertEquals("shortens t.c from string(40) to string(20): longer values no longer fit", change.note());
    }

    @Test
    void smallerNumericScaleOrPrecisionIsDestructive() {
        assertEquals("narrows t.c from numeric(10,2) to numeric(10,1): some values lose digits or no longer fit",
                onlyChange(column(numeric(10, 2)), column(numeric(10, 1))).note());
        assertTrue(onlyChange(column(numeric(10, 2)), column(numeric(8, 2))).destructive());
        assertTrue(onlyChange(column(numeric(10, 2)), column(numeric(11, 4))).destructive(), "fewer digits before the point");
    }

    @Test
    void anyOtherKindChangeIsDestructive() {
        assertEquals("changes t.c from bigint to integer: existing values may not convert",
                onlyChange(column(bigint()), column(integer())).note());
        assertTrue(onlyChange(column(text()), column(string(255))).destructive());
        assertTrue(onlyChange(column(timestamp()), column(timestampTz())).destructive());
        assertTrue(onlyChange(column(doublePrecision()), column(real())).destructive());
    }

    @Test
    void notNullWithoutServerDefaultIsDestructive() {
        Change change = onlyChange(column(string(20)), column(string(20), notNull()));

        assertTrue(change.destructive());
        assertEquals("makes t.c NOT NULL without a server default: fails while any row holds NULL", change.note());
    }

    @Test
    void notNullWithServerDefaultIsSafe() {
        Change change = onlyChange(column(string(20), serverDefault("'x'")), column(string(20), notNull(), serverDefault("'x'")));

        assertFalse(change.destructive());
    }

    @Test
    void narrowingAndNotNullTogetherGiveBothReasons() {
        DiffResult result = diff(column(string(40)), column(string(20), notNull()));

        assertEquals(List.of("destructive: alter column t.c: shortens t.c from string(40) to string(20): longer values no longer fit;"
                + " makes t.c NOT NULL without a server default: fails while any row holds NULL"), result.warnings());
    }
}
