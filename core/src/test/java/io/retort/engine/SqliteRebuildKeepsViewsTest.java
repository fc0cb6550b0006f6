package io.retort.engine;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.numeric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A view over a table that SQLite must rebuild (a type change) used to make the rebuild fail with
 * "error in view cheap: no such table": since 3.25, RENAME checks every view against the schema
 * while the old table is gone. The rebuild now renames the way SQLite's own procedure expects, and
 * the view keeps working.
 */
class SqliteRebuildKeepsViewsTest extends EngineSuite {

    @Test
    void aViewOverARebuiltTableSurvives() {
        try (TestDatabase db = Backend.SQLITE.open(vertx)) {
            LoadedRevision table = GeneratedChain.revision("v001", null, "items and a view", op -> {
                op.createTable("items", t -> t.column("id", integer(), primaryKey()).column("price", integer()));
                op.execute("CREATE VIEW cheap AS SELECT id FROM items WHERE price < 10");
                op.execute("INSERT INTO items VALUES (1, 5); INSERT INTO items VALUES (2, 50)");
            }, op -> {
                op.execute("DROP VIEW cheap");
                op.dropTable("items");
            });
            LoadedRevision retype = GeneratedChain.revision("v002", "v001", "prices with cents",
                    op -> op.alterColumn("items", "price", c -> c.type(numeric(10, 2))),
                    op -> op.alterColumn("items", "price", c -> c.type(integer())));
            Retort retort = Retort.of(List.of(table, retype), Backend.SQLITE.dialect(), db.pool(), RetortOptions.defaults());

            retort.upgrade("head").await().indefinitely();

            assertEquals(Set.of("v002"), retort.current().await().indefinitely());
            assertEquals(1, count(db, "SELECT COUNT(*) FROM cheap"), "the view reads the rebuilt table");
            assertEquals(2, count(db, "SELECT COUNT(*) FROM items"));
        }
    }
}
