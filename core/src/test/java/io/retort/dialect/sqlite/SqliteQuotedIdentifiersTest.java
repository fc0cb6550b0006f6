package io.retort.dialect.sqlite;

import static io.retort.dialect.sqlite.SqliteTestSupport.apply;
import static io.retort.dialect.sqlite.SqliteTestSupport.assertMatchesDatabase;
import static io.retort.dialect.sqlite.SqliteTestSupport.introspect;
import static io.retort.dialect.sqlite.SqliteTestSupport.query;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.testing.SqliteTestDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mixed case, spaces, embedded quotes and reserved words survive rendering, rebuilds and introspection. */
class SqliteQuotedIdentifiersTest {

    static Vertx vertx;

    static final String TABLE = "Select \"Quoted\" Table";
    static final String KEY = "Order";
    static final String SPACED = "has space";
    static final String QUOTED = "say \"hi\"";
    static final String RESERVED = "user";

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void awkwardNamesSurviveRebuildAndIntrospection() {
        try (SqliteTestDatabase db = SqliteTestDatabase.create(vertx)) {
            Pool pool = db.pool();
            SqliteTestSupport.sessionSetup(pool);
            Ops op = new Ops(Ops.SQLITE);
            op.createTable("group", t -> t.column("Id", integer(), primaryKey()));
            op.createTable(TABLE, t -> t
                    .column(KEY, integer(), primaryKey())
                    .column(SPACED, string(20), notNull(), serverDefault("'a''b'"))
                    .column(QUOTED, text())
                    .column(RESERVED, integer(), references("group", "Id").named("FK \"group\""))
                    .unique(SPACED, QUOTED)
                    .check("Quote Check", "\"say \"\"hi\"\"\" <> 'x'")
                    .index(RESERVED));
            op.createIndex("Partial \"Ix\"", TABLE, QUOTED).where("\"has space\" <> '' AND \"user\" IS NOT NULL");
            op.alterColumn(TABLE, QUOTED, c -> c.type(string(100)));
            op.addCheck("ck \"user\"", TABLE, "\"user\" > 0");
            op.renameColumn(TABLE, SPACED, "Now Spaced More");
            op.alterColumn(TABLE, "Now Spaced More", c -> c.serverDefault("'c'"));
            op.dropConstraint("ck_" + TABLE + "_Quote Check", TABLE);
            op.dropColumn(TABLE, RESERVED);
            op.renameTable(TABLE, "order");

            Schema schema = Schema.EMPTY;
            boolean rowsInserted = false;
            for (Operation operation : op.operations()) {
                schema = apply(pool, schema, operation);
                assertMatchesDatabase(pool, schema, operation.describe());
                if (!rowsInserted) {
                    if (schema.hasTable(TABLE)) {
                        query(pool, "INSERT INTO \"Select \"\"Quoted\"\" Table\" (\"Order\", \"say \"\"hi\"\"\", \"user\") VALUES"
                                + " (1, 'x \"y\" ''z''', 1), (2, NULL, NULL)");
                        rowsInserted = true;
                    }
                }
            }

            Table table = introspect(pool).require("order", "test");
            assertEquals(List.of(KEY, "Now Spaced More", QUOTED), table.columns().stream().map(c -> c.name()).toList());
            assertEquals("uq_Select \"Quoted\" Table_has space_say \"hi\"", table.uniques().get(0).name());
            assertTrue(table.checks().isEmpty(), "the check on \"user\" went with the column, the other was dropped");
            assertTrue(table.foreignKeys().isEmpty(), "the foreign key from \"user\" went with the column");
            assertTrue(table.index("Partial \"Ix\"").isEmpty(), "the partial index over \"user\" went with the column");
            List<Row> rows = query(pool, "SELECT \"Order\", \"Now Spaced More\" AS s, \"say \"\"hi\"\"\" AS q FROM \"order\" ORDER BY 1");
            assertEquals(2, rows.size());
            assertEquals("a'b", rows.get(0).getString("s"));
            assertEquals("x \"y\" 'z'", rows.get(0).getString("q"));
            assertEquals("ok", query(pool, "PRAGMA integrity_check").get(0).getString(0));
        }
    }
}
