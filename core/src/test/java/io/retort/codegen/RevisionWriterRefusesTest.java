package io.retort.codegen;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.operation.AddColumn;
import io.retort.operation.AlterColumn;
import io.retort.operation.Change;
import io.retort.operation.Operation;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value the DSL cannot say exactly fails loudly, naming the operation, instead of being approximated. */
class RevisionWriterRefusesTest {

    @Test
    void numericWithoutScale() {
        assertRefused(new AddColumn("t", Column.of("c", ColumnType.numeric(10, null))), "add column t.c", "numeric");
    }

    @Test
    void integerWithALength() {
        assertRefused(new AddColumn("t", Column.of("c", new ColumnType(Kind.INTEGER, 4, null, null, null))), "add column t.c", "integer");
    }

    @Test
    void rawTypeWithSurroundingSpace() {
        assertRefused(new AddColumn("t", Column.of("c", new ColumnType(Kind.RAW, null, null, null, " citext "))), "add column t.c", "raw");
    }

    @Test
    void usingWithoutTypeChange() {
        assertRefused(new AlterColumn("t", "c", null, Change.to(false), null, null, "c::int"), "alter column t.c", "USING");
    }

    private static void assertRefused(Operation operation, String... words) {
        GeneratedRevisionSpec spec = new GeneratedRevisionSpec("p", "abc", List.of(), "m", List.of(), List.of(),
                List.of(WrittenOperation.of(operation)), List.of(), Specs.CREATED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RevisionWriter().write(spec));
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), () -> "'" + word + "' not in: " + e.getMessage());
        }
    }
}
