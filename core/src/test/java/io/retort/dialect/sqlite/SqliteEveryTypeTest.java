package io.retort.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.diff.DiffResult;
import io.retort.diff.SchemaDiff;
import io.retort.operation.CreateTable;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.testing.SqliteTestDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQLite keeps a column's declared type as written: a table declared with the spellings people and
 * ORMs use, read by Retort and written again on another file, must declare the same types (PRAGMA
 * table_xinfo, compared exactly), and the diff between the two readings must be empty.
 */
class SqliteEveryTypeTest {

    static final List<String> TYPES = List.of(
            "c_int INT", "c_integer INTEGER", "c_tinyint TINYINT", "c_smallint SMALLINT", "c_bigint BIGINT",
            "c_varchar VARCHAR", "c_varchar_n VARCHAR(10)", "c_nvarchar NVARCHAR(5)", "c_text TEXT", "c_clob CLOB",
            "c_decimal DECIMAL(10,5)", "c_numeric NUMERIC", "c_numeric_ps NUMERIC(12,3)", "c_float FLOAT", "c_real REAL",
            "c_double DOUBLE", "c_double_p DOUBLE PRECISION", "c_bool BOOLEAN", "c_date DATE", "c_datetime DATETIME",
            "c_time TIME", "c_time0 TIME(0)", "c_ts TIMESTAMP", "c_ts6 TIMESTAMP(6)", "c_tstz TIMESTAMP WITH TIME ZONE",
            "c_tstz3 TIMESTAMP WITH TIME ZONE(3)", "c_uuid UUID", "c_json JSON", "c_blob BLOB");
    // Left out, with its reason: a column declared with no type at all reads as bytes() and is written back as
    // BLOB. Both have BLOB affinity, so values behave the same, but the declared text differs; the snapshot
    // has no "no type" form yet (a table rebuild from the live table must carry it: issue 14).

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void everyDeclaredTypeIsWrittenAndReadBackAsItself() {
        SqliteDialect dialect = new SqliteDialect();
        try (SqliteTestDatabase made = SqliteTestDatabase.create(vertx); SqliteTestDatabase written = SqliteTestDatabase.create(vertx)) {
            made.pool().query("CREATE TABLE every_type (" + String.join(", ", TYPES) + ")").execute().await().indefinitely();
            Schema read = dialect.introspect(made.pool(), Set.of()).await().indefinitely();
            Table table = read.table("every_type").orElseThrow();
            for (String sql : dialect.render(new CreateTable(table), Schema.EMPTY)) {
                written.pool().query(sql).execute().await().indefinitely();
            }
            assertEquals(declared(made.pool()), declared(written.pool()), "the declared types, as SQLite keeps them");
            Schema readBack = dialect.introspect(written.pool(), Set.of()).await().indefinitely();
            DiffResult diff = SchemaDiff.compare(readBack, read, dialect::canonical);
            assertTrue(diff.isEmpty(), () -> "a type Retort wrote and read back is reported as changed: " + diff.describe());
        }
    }

    private static List<String> declared(Pool pool) {
        List<String> types = new ArrayList<>();
        for (Row row : pool.query("SELECT name, type, \"notnull\", dflt_value FROM pragma_table_xinfo('every_type') ORDER BY cid")
                .execute().await().indefinitely()) {
            types.add(row.getString("name") + " " + row.getString("type") + " " + row.getValue("notnull") + " " + row.getValue("dflt_value"));
        }
        return types;
    }
}
