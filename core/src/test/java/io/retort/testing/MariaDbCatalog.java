package io.retort.testing;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A strict oracle for MariaDB schemas: information_schema's own words for every table, column,
 * index, foreign key, check and sequence of the connection's database, one line each, independent
 * of Retort's introspection. Two schemas are the same when their lines are. Left out: the names of
 * constraints and indexes (Hibernate's are hashes, Retort's follow its convention), and a check's
 * LEVEL, which says whether the CHECK was written in a column's definition (Hibernate) or the
 * table's (Retort): MariaDB enforces both alike, and Retort drops a check with its column either
 * way (see MariaDbRenderer#dropColumn). Nothing else is normalized.
 */
public final class MariaDbCatalog {

    private static final String TABLES = """
            SELECT TABLE_NAME AS tbl, TABLE_TYPE AS kind, ENGINE AS engine, TABLE_COLLATION AS collation, TABLE_COMMENT AS comment
            FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()""";

    private static final String COLUMNS = """
            SELECT TABLE_NAME AS tbl, COLUMN_NAME AS col, ORDINAL_POSITION AS position, COLUMN_TYPE AS type, IS_NULLABLE AS nullable,
                   COLUMN_DEFAULT AS dflt, EXTRA AS extra, CHARACTER_SET_NAME AS charset, COLLATION_NAME AS collation,
                   COLUMN_COMMENT AS comment
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()""";

    private static final String INDEXES = """
            SELECT TABLE_NAME AS tbl, IF(INDEX_NAME = 'PRIMARY', 'PRIMARY', '') AS primary_key, NON_UNIQUE AS non_unique,
                   INDEX_TYPE AS type,
                   GROUP_CONCAT(CONCAT(COLUMN_NAME, IFNULL(CONCAT('(', SUB_PART, ')'), ''), ' ', IFNULL(COLLATION, '-'))
                                ORDER BY SEQ_IN_INDEX SEPARATOR ', ') AS keys_
            FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
            GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE""";

    private static final String FOREIGN_KEYS = """
            SELECT k.TABLE_NAME AS tbl, GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION) AS cols,
                   k.REFERENCED_TABLE_NAME AS ref, GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION) AS ref_cols,
                   r.UPDATE_RULE AS on_update, r.DELETE_RULE AS on_delete
            FROM information_schema.REFERENTIAL_CONSTRAINTS r
            JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA
                 AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME AND k.TABLE_NAME = r.TABLE_NAME
            WHERE r.CONSTRAINT_SCHEMA = DATABASE()
            GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME, r.UPDATE_RULE, r.DELETE_RULE""";

    private static final String CHECKS = """
            SELECT TABLE_NAME AS tbl, CHECK_CLAUSE AS clause
            FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()""";

    private MariaDbCatalog() {
    }

    /** Every line of the database, sorted; {@code excludedTables} (Retort's own) left out. */
    public static List<String> lines(Pool pool, List<String> excludedTables) {
        TreeSet<String> lines = new TreeSet<>();
        List<String> sequences = new ArrayList<>();
        for (Row row : rows(pool, TABLES)) {
            if (excludedTables.contains(row.getString("tbl"))) {
                continue;
            }
            if ("SEQUENCE".equals(row.getString("kind"))) {
                sequences.add(row.getString("tbl"));
            } else {
                lines.add("table " + row.getString("tbl") + " " + row.getString("kind") + " " + row.getString("engine") + " "
                        + row.getString("collation") + comment(row));
            }
        }
        for (Row row : rows(pool, COLUMNS)) {
            if (!excludedTables.contains(row.getString("tbl")) && !sequences.contains(row.getString("tbl"))) {
                lines.add("column " + row.getString("tbl") + "." + row.getString("col") + " #" + row.getValue("position") + " "
                        + row.getString("type") + ("NO".equals(row.getString("nullable")) ? " NOT NULL" : "")
                        + (row.getString("dflt") == null ? "" : " DEFAULT " + row.getString("dflt"))
                        + (row.getString("extra").isEmpty() ? "" : " " + row.getString("extra"))
                        + (row.getString("charset") == null ? "" : " " + row.getString("charset") + " " + row.getString("collation"))
                        + comment(row));
            }
        }
        for (Row row : rows(pool, INDEXES)) {
            if (!excludedTables.contains(row.getString("tbl"))) {
                lines.add("index " + row.getString("tbl") + " " + row.getString("primary_key")
                        + (((Number) row.getValue("non_unique")).intValue() == 0 ? " UNIQUE " : " ") + row.getString("type")
                        + " (" + row.getString("keys_") + ")");
            }
        }
        for (Row row : rows(pool, FOREIGN_KEYS)) {
            if (!excludedTables.contains(row.getString("tbl"))) {
                lines.add("foreign key " + row.getString("tbl") + " (" + row.getString("cols") + ") references " + row.getString("ref")
                        + " (" + row.getString("ref_cols") + ") on update " + row.getString("on_update") + " on delete "
                        + row.getString("on_delete"));
            }
        }
        for (Row row : rows(pool, CHECKS)) {
            if (!excludedTables.contains(row.getString("tbl"))) {
                lines.add("check " + row.getString("tbl") + " " + row.getString("clause"));
            }
        }
        for (String sequence : sequences) {
            for (Row row : rows(pool, "SELECT start_value, minimum_value, maximum_value, increment, cache_size, cycle_option FROM `"
                    + sequence.replace("`", "``") + "`")) {
                lines.add("sequence " + sequence + " start " + row.getValue(0) + " min " + row.getValue(1) + " max " + row.getValue(2)
                        + " increment " + row.getValue(3) + " cache " + row.getValue(4) + " cycle " + row.getValue(5));
            }
        }
        return new ArrayList<>(lines);
    }

    private static String comment(Row row) {
        String comment = row.getString("comment");
        return comment == null || comment.isEmpty() ? "" : " COMMENT " + comment;
    }

    private static Iterable<Row> rows(Pool pool, String sql) {
        return pool.query(sql).execute().await().indefinitely();
    }
}
