package io.retort.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.schema.Schema;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The generated source compiles, and running its upgrade and downgrade records the operations it was
 * written from: the writer loses nothing.
 */
class RevisionWriterRoundTripTest {

    private final RevisionWriter writer = new RevisionWriter();

    @ParameterizedTest
    @ValueSource(strings = {Ops.POSTGRESQL, Ops.SQLITE})
    void baseTablesRecordTheSameOperations(String dialect) throws Exception {
        assertRoundTrip(Specs.baseTables(), dialect);
    }

    @ParameterizedTest
    @ValueSource(strings = {Ops.POSTGRESQL, Ops.SQLITE})
    void everyOperationRecordsTheSameOperations(String dialect) throws Exception {
        assertRoundTrip(Specs.everyOperation(), dialect);
    }

    @ParameterizedTest
    @ValueSource(strings = {Ops.POSTGRESQL, Ops.SQLITE})
    void oddIdentifiersTypesAndActionsRecordTheSameOperations(String dialect) throws Exception {
        assertRoundTrip(Specs.oddButExact(), dialect);
    }

    @ParameterizedTest
    @ValueSource(strings = {Ops.POSTGRESQL, Ops.SQLITE})
    void sequencesRecordTheSameOperations(String dialect) throws Exception {
        assertRoundTrip(Specs.sequences(), dialect);
    }

    @Test
    void emptyRevisionRecordsNothing() throws Exception {
        assertRoundTrip(Specs.empty(), Ops.POSTGRESQL);
    }

    @Test
    void unconventionalNamesAreKeptByFollowingCalls() throws Exception {
        GeneratedRevisionSpec spec = Specs.unconventionalNames();
        Migration migration = InMemoryJava.instantiate(writer.write(spec));

        List<Operation> recorded = upgrade(migration, Ops.POSTGRESQL);

        assertEquals(Specs.unconventionalNamesAsRecorded(), recorded);
        assertEquals(replay(Specs.operations(spec.upgrade())), replay(recorded), "the same schema either way");
        assertEquals(Specs.operations(spec.downgrade()), downgrade(migration, Ops.POSTGRESQL));
    }

    private void assertRoundTrip(GeneratedRevisionSpec spec, String dialect) throws Exception {
        Migration migration = InMemoryJava.instantiate(writer.write(spec));

        assertEquals(Specs.operations(spec.upgrade()), upgrade(migration, dialect));
        assertEquals(Specs.operations(spec.downgrade()), downgrade(migration, dialect));
    }

    private static List<Operation> upgrade(Migration migration, String dialect) {
        Ops op = new Ops(dialect);
        migration.upgrade(op);
        return op.operations();
    }

    private static List<Operation> downgrade(Migration migration, String dialect) {
        Ops op = new Ops(dialect);
        migration.downgrade(op);
        return op.operations();
    }

    private static Schema replay(List<Operation> operations) {
        Schema schema = Schema.EMPTY;
        for (Operation operation : operations) {
            schema = operation.applyTo(schema);
        }
        return schema;
    }
}
