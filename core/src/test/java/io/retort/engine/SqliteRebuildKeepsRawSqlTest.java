package io.retort.engine;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What raw SQL added to a table SQLite later rebuilds: the rebuild is written from the schema the
 * revisions replay, which knows nothing of it. Triggers and indexes used to vanish with the old
 * table, and a column with its values; now the triggers and indexes are carried across as the
 * database holds them, and a column the rebuild cannot carry stops the revision, naming it.
 */
class SqliteRebuildKeepsRawSqlTest extends EngineSuite {

    private static LoadedRevision items(String rawSql) {
        return GeneratedChain.revision("r001", null, "items", op -> {
            op.createTable("items", t -> t.column("id", integer(), primaryKey()).column("price", integer()).column("note", text()));
            op.createTable("audit", t -> t.column("item", integer()));
            op.execute(rawSql);
            op.execute("INSERT INTO items (id, price, note) VALUES (1, 5, 'a'), (2, 50, 'b')");
        }, op -> {
            op.dropTable("audit");
            op.dropTable("items");
        });
    }

    private static LoadedRevision retype() {
        return GeneratedChain.revision("r002", "r001", "prices with cents",
                op -> op.alterColumn("items", "price", c -> c.type(numeric(10, 2))),
                op -> op.alterColumn("items", "price", c -> c.type(integer())));
    }

    private static void execute(TestDatabase db, String sql) {
        db.pool().query(sql).execute().await().indefinitely();
    }

    @Test
    void aTriggerFromRawSqlKeepsFiring() {
        try (TestDatabase db = Backend.SQLITE.open(vertx)) {
            Retort retort = Retort.of(List.of(items(
                    "CREATE TRIGGER items_audit AFTER INSERT ON items BEGIN INSERT INTO audit VALUES (new.id); END"), retype()),
                    Backend.SQLITE.dialect(), db.pool(), RetortOptions.defaults());

            retort.upgrade("head").await().indefinitely();
            execute(db, "INSERT INTO items (id, price, note) VALUES (3, 7.5, 'c')");

            assertEquals(3, count(db, "SELECT COUNT(*) FROM audit"), "the trigger fired for the rows before and after the rebuild");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'items_audit'"));
        }
    }

    @Test
    void anIndexFromRawSqlIsStillThere() {
        try (TestDatabase db = Backend.SQLITE.open(vertx)) {
            Retort retort = Retort.of(List.of(items("CREATE UNIQUE INDEX items_note ON items (note)"), retype()),
                    Backend.SQLITE.dialect(), db.pool(), RetortOptions.defaults());

            retort.upgrade("head").await().indefinitely();

            assertEquals(1, count(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'items_note'"));
            assertThrows(RuntimeException.class, () -> execute(db, "INSERT INTO items (id, price, note) VALUES (3, 1, 'a')"), "still unique");
            retort.downgrade("base").await().indefinitely();
        }
    }

    @Test
    void aColumnFromRawSqlStopsTheRebuildNamingIt() {
        try (TestDatabase db = Backend.SQLITE.open(vertx)) {
            Retort retort = Retort.of(List.of(items("ALTER TABLE items ADD COLUMN legacy_code TEXT"), retype()),
                    Backend.SQLITE.dialect(), db.pool(), RetortOptions.defaults());
            retort.upgrade("r001").await().indefinitely();
            execute(db, "UPDATE items SET legacy_code = 'keep-' || id");

            MigrationFailedException failure = assertThrows(MigrationFailedException.class, () -> retort.upgrade("head").await().indefinitely());

            assertEquals("r002", failure.revision());
            assertTrue(failure.getMessage().contains("items") && failure.getMessage().contains("legacy_code"), failure.getMessage());
            assertEquals(Set.of("r001"), retort.current().await().indefinitely());
            assertEquals(2, count(db, "SELECT COUNT(*) FROM items WHERE legacy_code LIKE 'keep-%'"), "the column and its values are there");
        }
    }
}
