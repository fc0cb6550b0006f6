package io.retort.diff;

import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.schema.Column;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Builds schemas with the revision DSL and checks every diff the same way: the upgrade replays onto
 * {@code current} and yields {@code target} (under the canonical form), comparing again finds nothing,
 * and the downgrade takes the result back to {@code current}.
 */
final class DiffScenario {

    private DiffScenario() {
    }

    static Schema schema(Consumer<Ops> calls) {
        Ops op = new Ops(Ops.POSTGRESQL);
        calls.accept(op);
        return replay(Schema.EMPTY, op.operations());
    }

    static Schema replay(Schema start, List<Operation> operations) {
        Schema schema = start;
        for (Operation operation : operations) {
            schema = operation.applyTo(schema);
        }
        return schema;
    }

    static DiffResult diff(Schema current, Schema target) {
        return diff(current, target, UnaryOperator.identity());
    }

    /** Compares, then checks the upgrade and downgrade by replay; returns the diff for the scenario's own assertions. */
    static DiffResult diff(Schema current, Schema target, UnaryOperator<Schema> canonical) {
        DiffResult diff = SchemaDiff.compare(current, target, canonical);
        Schema upgraded = replay(current, diff.upgrade());
        assertSameSchema(columnsByName(canonical.apply(target)), columnsByName(canonical.apply(upgraded)), "current + upgrade");
        assertEquals(List.of(), SchemaDiff.compare(upgraded, target, canonical).describe(), "comparing again after the upgrade");
        Schema back = replay(upgraded, diff.downgrade(current));
        assertSameSchema(columnsByName(current), columnsByName(back), "current + upgrade + downgrade");
        return diff;
    }

    /** ALTER TABLE adds a column at the end, so an added-back column cannot return to its place: order is not compared. */
    static Schema columnsByName(Schema schema) {
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables().values()) {
            tables.add(table.withColumns(table.columns().stream().sorted(Comparator.comparing(Column::name)).toList()));
        }
        return schema.withTables(tables);
    }
}
