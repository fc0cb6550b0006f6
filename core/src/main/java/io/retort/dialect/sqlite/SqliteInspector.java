package io.retort.dialect.sqlite;

import io.retort.dialect.sqlite.SqliteCreateTableParser.DeclaredConstraint;
import io.retort.dialect.sqlite.SqliteCreateTableParser.DeclaredTable;
import io.retort.dialect.sqlite.SqliteCreateTableParser.Kind;
import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.PrimaryKey;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a live SQLite schema in four catalog queries: {@code sqlite_master} for tables, indexes and
 * their SQL, and the table-valued pragmas joined over it for columns, indexes and foreign keys.
 * What the pragmas do not report (constraint names, CHECK expressions, AUTOINCREMENT, partial-index
 * predicates) comes from the stored CREATE text through {@link SqliteCreateTableParser}.
 */
final class SqliteInspector {

    private static final String USER_TABLES = "m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    private static final String MASTER = "SELECT m.type AS type, m.name AS name, m.tbl_name AS table_name, m.sql AS sql"
            + " FROM sqlite_master m WHERE m.type IN ('table', 'index') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    private static final String COLUMNS = "SELECT m.name AS table_name, p.cid AS cid, p.name AS column_name,"
            + " p.type AS declared_type, p.\"notnull\" AS not_null, p.dflt_value AS default_value, p.pk AS pk,"
            + " p.hidden AS hidden FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p WHERE " + USER_TABLES
            + " ORDER BY m.name, p.cid";

    private static final String INDEXES = "SELECT m.name AS table_name, l.name AS index_name, l.\"unique\" AS is_unique,"
            + " l.origin AS origin, i.seqno AS seqno, i.name AS column_name, i.\"desc\" AS descending FROM sqlite_master m"
            + " JOIN pragma_index_list(m.name) l JOIN pragma_index_xinfo(l.name) i WHERE i.key = 1 AND " + USER_TABLES
            + " ORDER BY m.name, l.name, i.seqno";

    private static final String FOREIGN_KEYS = "SELECT m.name AS table_name, f.id AS id, f.seq AS seq,"
            + " f.\"table\" AS referenced_table, f.\"from\" AS from_column, f.\"to\" AS to_column,"
            + " f.on_update AS on_update, f.on_delete AS on_delete FROM sqlite_master m"
            + " JOIN pragma_foreign_key_list(m.name) f WHERE " + USER_TABLES + " ORDER BY m.name, f.id, f.seq";

    private SqliteInspector() {
    }

    static Uni<Schema> introspect(SqlClient client, Set<String> excludedTables) {
        return rows(client, MASTER).flatMap(master -> rows(client, COLUMNS).flatMap(columns -> rows(client, INDEXES)
                .flatMap(indexes -> rows(client, FOREIGN_KEYS)
                        .map(foreignKeys -> build(master, columns, indexes, foreignKeys, excludedTables)))));
    }

    private static Uni<List<Row>> rows(SqlClient client, String sql) {
        return client.query(sql).execute().map(rowSet -> {
            List<Row> rows = new ArrayList<>();
            rowSet.forEach(rows::add);
            return rows;
        });
    }

    private static Schema build(List<Row> master, List<Row> columnRows, List<Row> indexRows, List<Row> fkRows,
            Set<String> excluded) {
        Map<String, String> tableSql = new TreeMap<>();
        Map<String, String> indexSql = new HashMap<>();
        for (Row row : master) {
            if ("table".equals(row.getString("type"))) {
                tableSql.put(row.getString("name"), row.getString("sql"));
            } else {
                indexSql.put(row.getString("name"), row.getString("sql"));
            }
        }
        Map<String, List<Row>> columnsByTable = byTable(columnRows);
        Map<String, List<Row>> indexesByTable = byTable(indexRows);
        Map<String, List<Row>> fksByTable = byTable(fkRows);
        Map<String, List<String>> primaryKeys = new HashMap<>();
        columnsByTable.forEach((table, rows) -> primaryKeys.put(table, primaryKeyColumns(rows)));

        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, String> entry : tableSql.entrySet()) {
            String name = entry.getKey();
            if (excluded.contains(name)) {
                continue;
            }
            DeclaredTable declared = SqliteCreateTableParser.parseTable(entry.getValue() == null ? "" : entry.getValue());
            List<Row> columns = columnsByTable.getOrDefault(name, List.of());
            tables.add(new Table(name, columns(columns, declared), primaryKey(primaryKeys.get(name), declared),
                    uniques(indexesByTable.getOrDefault(name, List.of()), declared, primaryKeys.get(name)),
                    foreignKeys(fksByTable.getOrDefault(name, List.of()), declared, primaryKeys),
                    checks(declared), indexes(indexesByTable.getOrDefault(name, List.of()), indexSql), null));
        }
        return Schema.of(tables);
    }

    private static List<Column> columns(List<Row> rows, DeclaredTable declared) {
        List<Column> columns = new ArrayList<>();
        for (Row row : rows) {
            if (intValue(row, "hidden") != 0) {
                continue; // generated and hidden columns are not part of the snapshot's vocabulary
            }
            String name = row.getString("column_name");
            boolean identity = declared.autoincrementColumns().stream().anyMatch(name::equalsIgnoreCase);
            columns.add(new Column(name, SqliteTypes.parse(row.getString("declared_type")), intValue(row, "not_null") == 0,
                    row.getString("default_value"), null, identity));
        }
        return columns;
    }

    private static List<String> primaryKeyColumns(List<Row> rows) {
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        for (Row row : rows) {
            int position = intValue(row, "pk");
            if (position > 0) {
                byPosition.put(position, row.getString("column_name"));
            }
        }
        return List.copyOf(byPosition.values());
    }

    private static PrimaryKey primaryKey(List<String> columns, DeclaredTable declared) {
        if (columns == null || columns.isEmpty()) {
            return null;
        }
        List<DeclaredConstraint> declaredKeys = declared.of(Kind.PRIMARY_KEY);
        return new PrimaryKey(declaredKeys.isEmpty() ? null : declaredKeys.get(0).name(), columns);
    }

    /**
     * Unique constraints are the auto-indexes of origin 'u'; their names come from the CONSTRAINT
     * clauses. A second UNIQUE over the same columns gets no index of its own (SQLite enforces both
     * with one, and the primary key's index for a UNIQUE over the key), so a declared one left over
     * whose columns such an index covers is a constraint too.
     */
    private static List<UniqueConstraint> uniques(List<Row> rows, DeclaredTable declared, List<String> primaryKey) {
        List<DeclaredConstraint> unclaimed = new ArrayList<>(declared.of(Kind.UNIQUE));
        List<UniqueConstraint> uniques = new ArrayList<>();
        indexColumns(rows, "u").forEach((index, columns) -> uniques.add(
                new UniqueConstraint(claim(unclaimed, columns, null), columns)));
        for (DeclaredConstraint duplicate : unclaimed) {
            if (uniques.stream().anyMatch(u -> sameNames(u.columns(), duplicate.columns()))
                    || primaryKey != null && sameNames(primaryKey, duplicate.columns())) {
                uniques.add(new UniqueConstraint(duplicate.name(), duplicate.columns()));
            }
        }
        return uniques;
    }

    /** Created indexes (origin 'c'), with the WHERE clause of partial ones read from their CREATE INDEX text. */
    private static List<Index> indexes(List<Row> rows, Map<String, String> indexSql) {
        Map<String, Boolean> unique = new HashMap<>();
        Map<String, List<Boolean>> descending = new HashMap<>();
        rows.forEach(row -> unique.put(row.getString("index_name"), intValue(row, "is_unique") != 0));
        rows.stream().filter(row -> "c".equals(row.getString("origin"))).forEach(row -> descending
                .computeIfAbsent(row.getString("index_name"), k -> new ArrayList<>()).add(intValue(row, "descending") != 0));
        List<Index> indexes = new ArrayList<>();
        indexColumns(rows, "c").forEach((name, columns) -> {
            if (!columns.contains(null)) { // expression indexes have no column names to put in a snapshot
                indexes.add(new Index(name, columns, unique.get(name), SqliteCreateTableParser.indexWhere(indexSql.get(name)),
                        descending.get(name)));
            }
        });
        return indexes;
    }

    private static Map<String, List<String>> indexColumns(List<Row> rows, String origin) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (Row row : rows) {
            if (origin.equals(row.getString("origin"))) {
                columns.computeIfAbsent(row.getString("index_name"), k -> new ArrayList<>()).add(row.getString("column_name"));
            }
        }
        return columns;
    }

    private static List<ForeignKey> foreignKeys(List<Row> rows, DeclaredTable declared, Map<String, List<String>> primaryKeys) {
        Map<Integer, List<Row>> byId = new TreeMap<>();
        rows.forEach(row -> byId.computeIfAbsent(intValue(row, "id"), k -> new ArrayList<>()).add(row));
        List<DeclaredConstraint> unclaimed = new ArrayList<>(declared.of(Kind.FOREIGN_KEY));
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (List<Row> parts : byId.values()) {
            Row first = parts.get(0);
            String referenced = first.getString("referenced_table");
            List<String> from = parts.stream().map(r -> r.getString("from_column")).toList();
            List<String> to = parts.stream().map(r -> r.getString("to_column")).toList();
            if (to.contains(null)) { // REFERENCES t without columns means t's primary key
                to = primaryKeys.getOrDefault(referenced, to);
            }
            foreignKeys.add(new ForeignKey(claim(unclaimed, from, referenced), from, referenced, to,
                    ReferentialAction.fromSql(first.getString("on_delete")), ReferentialAction.fromSql(first.getString("on_update"))));
        }
        return foreignKeys;
    }

    private static List<CheckConstraint> checks(DeclaredTable declared) {
        return declared.of(Kind.CHECK).stream().map(c -> new CheckConstraint(c.name(), c.expression())).toList();
    }

    /** The name of the first declared constraint over these columns (and referenced table), taken off the list. */
    private static String claim(List<DeclaredConstraint> unclaimed, List<String> columns, String referencedTable) {
        for (DeclaredConstraint candidate : unclaimed) {
            if (sameNames(candidate.columns(), columns)
                    && (referencedTable == null || referencedTable.equalsIgnoreCase(candidate.referencedTable()))) {
                unclaimed.remove(candidate);
                return candidate.name();
            }
        }
        return null;
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) == null || b.get(i) == null || !a.get(i).toLowerCase(Locale.ROOT).equals(b.get(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<Row>> byTable(List<Row> rows) {
        Map<String, List<Row>> byTable = new LinkedHashMap<>();
        rows.forEach(row -> byTable.computeIfAbsent(row.getString("table_name"), k -> new ArrayList<>()).add(row));
        return byTable;
    }

    private static int intValue(Row row, String column) {
        Object value = row.getValue(column);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
