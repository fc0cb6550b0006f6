package io.retort.engine;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnTypes.integer;
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
 * A revision that leaves a row pointing at no parent is rolled back, on every database. On SQLite the
 * migration connection runs with foreign keys off (a table rebuild needs it), and the rebuild that
 * added a foreign key used to accept orphan rows: PRAGMA foreign_key_check found them only after the
 * revision had committed.
 */
class ForeignKeyCheckTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void orphanRowsRollTheRevisionBack(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            LoadedRevision tables = GeneratedChain.revision("f001", null, "two tables, an orphan", op -> {
                op.createTable("parents", t -> t.column("id", integer(), primaryKey()));
                op.createTable("children", t -> t.column("id", integer(), primaryKey()).column("parent_id", integer()));
                op.execute("INSERT INTO parents VALUES (1)");
                op.execute("INSERT INTO children VALUES (10, 1)");
                op.execute("INSERT INTO children VALUES (11, 7)");
            }, op -> {
                op.dropTable("children");
                op.dropTable("parents");
            });
            LoadedRevision foreignKey = GeneratedChain.revision("f002", "f001", "children belong to parents",
                    op -> op.addForeignKey("fk_children_parent", "children", "parent_id", references("parents", "id")),
                    op -> op.dropConstraint("fk_children_parent", "children"));
            Retort retort = Retort.of(List.of(tables, foreignKey), backend.dialect(), db.pool(), RetortOptions.defaults());

            MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head").await().indefinitely());

            assertEquals("f002", failure.revision());
            assertTrue(failure.getMessage().contains("children") && failure.getMessage().contains("parents"), failure.getMessage());
            assertEquals(Set.of("f001"), retort.current().await().indefinitely(), "the revision was rolled back");
            assertEquals(List.of(), retort.introspect().await().indefinitely().table("children").orElseThrow().foreignKeys(),
                    "no foreign key was left behind");
            assertEquals(2, count(db, "SELECT COUNT(*) FROM children"), "no row lost either");
        }
    }
}
