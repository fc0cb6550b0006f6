package io.retort.testing;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A strict oracle for PostgreSQL schemas: the catalog's own words for every table, column,
 * constraint, index, sequence and enum type of the {@code public} schema, one line each, independent of
 * Retort's introspection. Two schemas are the same when their lines are. The only thing left out is
 * the names of constraints and indexes (Hibernate's are hashes, Retort's follow its convention);
 * nothing else is normalized.
 */
public final class PostgresCatalog {

    private static final String COLUMNS = """
            SELECT c.relname AS tbl, a.attname AS col,
                   row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum) AS position,
                   format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
                   pg_get_expr(d.adbin, d.adrelid) AS dflt, a.attidentity::text AS identity, a.attgenerated::text AS generated,
                   col_description(c.oid, a.attnum) AS comment
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')""";

    private static final String CONSTRAINTS = """
            SELECT c.relname AS tbl, con.contype::text AS kind, pg_get_constraintdef(con.oid, true) AS def
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public'""";

    private static final String INDEXES = """
            SELECT c.relname AS tbl, regexp_replace(pg_get_indexdef(i.indexrelid), ' INDEX \\S+ ON ', ' INDEX ON ') AS def
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public'""";

    private static final String SEQUENCES = """
            SELECT sequencename AS name, data_type::text AS type, start_value, min_value, max_value, increment_by, cycle, cache_size
            FROM pg_sequences WHERE schemaname = 'public'""";

    private static final String ENUMS = """
            SELECT t.typname AS name, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) AS labels
            FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'public' GROUP BY t.typname""";

    private static final String TABLES = """
            SELECT c.relname AS tbl, c.relkind::text AS kind, obj_description(c.oid, 'pg_class') AS comment
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')""";

    private PostgresCatalog() {
    }

    /** Every line of the public schema, sorted; {@code excludedTables} (Retort's own) left out. */
    public static List<String> lines(Pool pool, List<String> excludedTables) {
        TreeSet<String> lines = new TreeSet<>();
        for (Row row : rows(pool, TABLES)) {
            if (!excludedTables.contains(row.getString("tbl"))) {
                lines.add("table " + row.getString("tbl") + " kind=" + row.getString("kind") + comment(row));
            }
        }
        for (Row row : rows(pool, COLUMNS)) {
            if (!excludedTables.contains(row.getString("tbl"))) {
                lines.add("column " + row.getString("tbl") + "." + row.getString("col") + " #" + row.getLong("position") + " "
                        + row.getString("type") + (row.getBoolean("not_null") ? " NOT NULL" : "")
                        + (row.getString("dflt") == null ? "" : " DEFAULT " + row.getString("dflt"))
                        + (row.getString("identity").isEmpty() ? "" : " IDENTITY " + row.getString("identity"))
                        + (row.getString("generated").isEmpty() ? "" : " GENERATED " + row.getString("generated"))
                        + comment(row));
            }
        }
        for (Row row : rows(pool, CONSTRAINTS)) {
            if (!excludedTables.contains(row.getString("tbl"))) {
                lines.add("constraint " + row.getString("tbl") + " " + row.getString("kind") + " " + row.getString("def"));
            }
        }
        for (Row row : rows(pool, INDEXES)) {
            if (!excludedTables.contains(row.getString("tbl"))) {
                lines.add("index " + row.getString("tbl") + " " + row.getString("def"));
            }
        }
        for (Row row : rows(pool, SEQUENCES)) {
            if (excludedTables.stream().noneMatch(t -> row.getString("name").startsWith(t + "_"))) {
                lines.add("sequence " + row.getString("name") + " " + row.getString("type") + " start " + row.getLong("start_value")
                        + " min " + row.getLong("min_value") + " max " + row.getLong("max_value") + " increment "
                        + row.getLong("increment_by") + " cycle " + row.getBoolean("cycle") + " cache " + row.getLong("cache_size"));
            }
        }
        for (Row row : rows(pool, ENUMS)) {
            lines.add("enum type " + row.getString("name") + " (" + row.getString("labels") + ")");
        }
        return new ArrayList<>(lines);
    }

    /** The lines of {@code actual} that {@code expected} lacks (+) and the reverse (-), empty when they are the same. */
    public static List<String> differences(List<String> expected, List<String> actual) {
        List<String> differences = new ArrayList<>();
        expected.stream().filter(line -> !actual.contains(line)).forEach(line -> differences.add("- " + line));
        actual.stream().filter(line -> !expected.contains(line)).forEach(line -> differences.add("+ " + line));
        return differences;
    }

    private static String comment(Row row) {
        return row.getString("comment") == null ? "" : " COMMENT " + row.getString("comment");
    }

    private static Iterable<Row> rows(Pool pool, String sql) {
        return pool.query(sql).execute().await().indefinitely();
    }
}
