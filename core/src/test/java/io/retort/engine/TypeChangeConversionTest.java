package io.retort.engine;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A type change whose values do not convert is refused, with nothing committed, on every database.
 * SQLite's table rebuild used to coerce silently: '007' became 7, and 'abc' stayed text in an
 * integer column; PostgreSQL refuses both.
 */
class TypeChangeConversionTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void valuesThatDoNotConvertRollTheRevisionBack(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            LoadedRevision codes = GeneratedChain.revision("t001", null, "codes as text", op -> {
                op.createTable("items", t -> t.column("id", integer(), primaryKey()).column("code", text()));
                op.execute("INSERT INTO items VALUES (1, '007')");
                op.execute("INSERT INTO items VALUES (2, '12')");
            }, op -> op.dropTable("items"));
            LoadedRevision numbers = GeneratedChain.revision("t002", "t001", "codes as numbers",
                    op -> op.alterColumn("items", "code", c -> c.type(integer())), op -> op.alterColumn("items", "code", c -> c.type(text())));
            Retort retort = Retort.of(List.of(codes, numbers), backend.dialect(), db.pool(), RetortOptions.defaults());

            MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head").await().indefinitely());

            assertEquals("t002", failure.revision());
            assertTrue(failure.getMessage().contains("code"), failure.getMessage());
            if (backend == Backend.MARIADB) {
                assertTrue(failure.getMessage().contains("items") && failure.getMessage().contains("'007'"), failure.getMessage());
            }
            if (backend == Backend.SQLITE) {
                assertTrue(failure.getMessage().contains("items") && failure.getMessage().contains("row 1")
                        && failure.getMessage().contains("'007'"), failure.getMessage());
            }
            assertEquals(Set.of("t001"), retort.current().await().indefinitely());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM items WHERE code = '007'"), "the value is still as written");
        }
    }
}
