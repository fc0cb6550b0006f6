package io.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.diff.DiffResult;
import io.retort.diff.SchemaDiff;
import io.retort.operation.CreateTable;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.testing.PostgresCatalog;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One canonical form of types: a table holding every type PostgreSQL's catalog can report (made by
 * plain SQL), read by Retort, written again by Retort on another database, must be the same table in
 * the catalog, and the diff between what Retort read on each side must be empty.
 */
class PostgresEveryTypeTest {

    /** Column name and type as a person writes it, covering every family of the catalog's types. */
    static final List<String> TYPES = List.of(
            "c_int2 smallint", "c_int4 integer", "c_int8 bigint", "c_numeric numeric", "c_numeric_p numeric(10)",
            "c_numeric_ps numeric(12,3)", "c_real real", "c_double double precision", "c_float float(20)", "c_money money",
            "c_text text", "c_varchar varchar", "c_varchar_n varchar(40)", "c_char char", "c_char_n character(5)",
            "c_bpchar bpchar", "c_name name", "c_bytea bytea", "c_bool boolean", "c_date date", "c_time time",
            "c_time0 time(0)", "c_time3 time(3)", "c_timetz time with time zone", "c_timetz2 timetz(2)", "c_ts timestamp",
            "c_ts0 timestamp(0)", "c_ts6 timestamp(6)", "c_tstz timestamptz", "c_tstz3 timestamp(3) with time zone",
            "c_interval interval", "c_interval_s interval second(3)", "c_interval_d interval day", "c_uuid uuid",
            "c_json json", "c_jsonb jsonb", "c_xml xml", "c_inet inet", "c_cidr cidr", "c_macaddr macaddr",
            "c_point point", "c_box box", "c_int4range int4range", "c_tsvector tsvector", "c_int_array integer[]",
            "c_text_array text[]", "c_varchar_array varchar(10)[]", "c_bit bit(3)", "c_varbit bit varying(8)", "c_oid oid");

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
    void everyCatalogTypeIsWrittenAndReadBackAsItself() {
        PostgresDialect dialect = new PostgresDialect();
        try (PostgresTestDatabase made = PostgresTestDatabase.create(vertx); PostgresTestDatabase written = PostgresTestDatabase.create(vertx)) {
            made.pool().query("CREATE TABLE every_type (" + String.join(", ", TYPES) + ")").execute().await().indefinitely();
            Schema read = dialect.introspect(made.pool(), Set.of()).await().indefinitely();
            Table table = read.table("every_type").orElseThrow();
            for (String sql : dialect.render(new CreateTable(table), Schema.EMPTY)) {
                written.pool().query(sql).execute().await().indefinitely();
            }
            List<String> differences = PostgresCatalog.differences(PostgresCatalog.lines(made.pool(), List.of()),
                    PostgresCatalog.lines(written.pool(), List.of()));
            assertEquals(List.of(), differences, "Retort's copy (+) against the original (-):\n  " + String.join("\n  ", differences));

            Schema readBack = dialect.introspect(written.pool(), Set.of()).await().indefinitely();
            DiffResult diff = SchemaDiff.compare(readBack, read, dialect::canonical);
            assertTrue(diff.isEmpty(), () -> "a type Retort wrote and read back is reported as changed: " + diff.describe());
            assertEquals(read, readBack, "read the same way on both sides");
        }
    }
}
