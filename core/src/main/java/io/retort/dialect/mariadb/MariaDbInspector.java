package io.retort.dialect.mariadb;

import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.ColumnType.Kind;
import io.retort.schema.ForeignKey;
import io.retort.schema.Index;
import io.retort.schema.PrimaryKey;
import io.retort.schema.ReferentialAction;
import io.retort.schema.Schema;
import io.retort.schema.Sequence;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the live schema of the connection's database from information_schema in at most
 * {@value #MOST_QUERIES_PER_INTROSPECTION} queries, however many tables there are: tables and
 * sequences, columns, index keys, foreign keys, checks, and (when there are sequences) their start
 * and increment in one UNION query. MariaDB keeps unique constraints as unique indexes, so a unique
 * index read back is a unique constraint unless a key sorts descending; the index MariaDB makes for
 * a foreign key (named like it, on its columns) belongs to the key and is left out.
 */
final class MariaDbInspector {

    /** How many queries one {@link #introspect} issues at most (one fewer without sequences). */
    static final int MOST_QUERIES_PER_INTROSPECTION = 6;

    private static final String TABLES = """
            SELECT TABLE_NAME AS table_name, TABLE_TYPE AS table_type, TABLE_COMMENT AS comment
            FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE IN ('BASE TABLE', 'SEQUENCE')
            ORDER BY TABLE_NAME""";

    private static final String COLUMNS = """
            SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name, COLUMN_TYPE AS column_type, IS_NULLABLE AS nullable,
                   COLUMN_DEFAULT AS default_value, EXTRA AS extra, COLUMN_COMMENT AS comment
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
            ORDER BY TABLE_NAME, ORDINAL_POSITION""";

    private static final String INDEXES = """
            SELECT TABLE_NAME AS table_name, INDEX_NAME AS name, NON_UNIQUE AS non_unique, COLUMN_NAME AS column_name,
                   COLLATION AS collation
            FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
            ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

    private static final String FOREIGN_KEYS = """
            SELECT k.TABLE_NAME AS table_name, k.CONSTRAINT_NAME AS name, k.COLUMN_NAME AS column_name,
                   k.REFERENCED_TABLE_NAME AS referenced_table, k.REFERENCED_COLUMN_NAME AS referenced_column,
                   r.DELETE_RULE AS on_delete, r.UPDATE_RULE AS on_update
            FROM information_schema.REFERENTIAL_CONSTRAINTS r
            JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA
                 AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME AND k.TABLE_NAME = r.TABLE_NAME
            WHERE r.CONSTRAINT_SCHEMA = DATABASE()
            ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    private static final String CHECKS = """
            SELECT TABLE_NAME AS table_name, CONSTRAINT_NAME AS name, LEVEL AS level, CHECK_CLAUSE AS clause
            FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()
            ORDER BY TABLE_NAME, CONSTRAINT_NAME""";

    private final MariaDbDialect dialect;
    private final AtomicLong queriesIssued = new AtomicLong();

    MariaDbInspector(MariaDbDialect dialect) {
        this.dialect = dialect;
    }

    long queriesIssued() {
        return queriesIssued.get();
    }

    Uni<Schema> introspect(SqlClient client, Set<String> excludedTables) {
        Map<String, TableParts> tables = new LinkedHashMap<>();
        List<String> sequenceNames = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        return query(client, TABLES)
                .invoke(rows -> rows.forEach(row -> {
                    String name = row.getString("table_name");
                    if ("SEQUENCE".equals(row.getString("table_type"))) {
                        sequenceNames.add(name);
                    } else if (!excludedTables.contains(name)) {
                        String comment = row.getString("comment");
                        tables.put(name, new TableParts(name, comment == null || comment.isEmpty() ? null : comment));
                    }
                }))
                .chain(() -> query(client, COLUMNS))
                .invoke(rows -> rows.forEach(row -> with(tables, row, t -> t.columns.add(column(row)))))
                .chain(() -> query(client, CHECKS))
                .invoke(rows -> rows.forEach(row -> with(tables, row, t -> t.addCheck(row))))
                .chain(() -> query(client, FOREIGN_KEYS))
                .invoke(rows -> rows.forEach(row -> with(tables, row, t -> t.addForeignKeyColumn(row))))
                .chain(() -> query(client, INDEXES))
                .invoke(rows -> rows.forEach(row -> with(tables, row, t -> t.addIndexColumn(row))))
                .chain(() -> sequenceNames.isEmpty() ? Uni.createFrom().item((RowSet<Row>) null) : query(client, sequences(sequenceNames)))
                .invoke(rows -> {
                    if (rows != null) {
                        rows.forEach(row -> sequences.add(new Sequence(row.getString("sequence_name"), row.getLong("start_value"),
                                row.getLong("increment_by"))));
                    }
                })
                .map(ignored -> Schema.of(tables.values().stream().map(TableParts::toTable).toList(), sequences));
    }

    /** One query for every sequence's start and increment (each sequence is a table of one row here). */
    private String sequences(List<String> names) {
        return names.stream().map(name -> "SELECT " + dialect.literal(name) + " AS sequence_name, start_value, increment AS increment_by FROM "
                + dialect.quote(name)).collect(Collectors.joining(" UNION ALL ")) + " ORDER BY sequence_name";
    }

    private Uni<RowSet<Row>> query(SqlClient client, String sql) {
        queriesIssued.incrementAndGet();
        return client.query(sql).execute();
    }

    private static void with(Map<String, TableParts> tables, Row row, Consumer<TableParts> action) {
        TableParts table = tables.get(row.getString("table_name"));
        if (table != null) {
            action.accept(table);
        }
    }

    /**
     * information_schema says {@code NULL} (the word) for a column whose default is NULL, and SQL
     * NULL for one with no default: both are no default.
     */
    private static Column column(Row row) {
        String defaultValue = row.getString("default_value");
        String comment = row.getString("comment");
        return new Column(row.getString("column_name"), MariaDbTypes.fromSql(row.getString("column_type")),
                "YES".equals(row.getString("nullable")), "NULL".equals(defaultValue) ? null : defaultValue,
                comment == null || comment.isEmpty() ? null : comment,
                row.getString("extra").toLowerCase(Locale.ROOT).contains("auto_increment"));
    }

    private static ReferentialAction action(String rule) {
        return switch (rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /** A table being assembled from the rows of the column, check, foreign key and index queries. */
    private static final class TableParts {

        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();
        final Map<String, IndexParts> indexes = new LinkedHashMap<>();

        TableParts(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        /** A JSON column is a LONGTEXT with a column-level json_valid check named after it: the check is its type. */
        void addCheck(Row row) {
            String checkName = row.getString("name");
            String clause = row.getString("clause");
            boolean jsonCheck = "Column".equals(row.getString("level"))
                    && clause.equals("json_valid(" + MariaDbDialect.backticked(checkName) + ")");
            if (jsonCheck) {
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    if (column.name().equals(checkName) && column.type().kind() == Kind.TEXT) {
                        columns.set(i, column.withType(ColumnType.of(Kind.JSON)));
                        return;
                    }
                }
            }
            checks.add(new CheckConstraint(checkName, clause));
        }

        void addForeignKeyColumn(Row row) {
            foreignKeys.computeIfAbsent(row.getString("name"), key -> new ForeignKeyParts(row)).add(row);
        }

        void addIndexColumn(Row row) {
            indexes.computeIfAbsent(row.getString("name"), key -> new IndexParts(row)).add(row);
        }

        Table toTable() {
            PrimaryKey primaryKey = null;
            List<UniqueConstraint> uniques = new ArrayList<>();
            List<Index> plain = new ArrayList<>();
            List<ForeignKey> keys = foreignKeys.values().stream().map(ForeignKeyParts::toForeignKey).toList();
            for (IndexParts index : indexes.values()) {
                boolean descending = index.descending.contains(true);
                if (index.name.equals("PRIMARY")) {
                    primaryKey = new PrimaryKey(MariaDbDialect.PRIMARY_KEY_NAME, index.columns);
                } else if (index.unique && !descending) {
                    uniques.add(new UniqueConstraint(index.name, index.columns));
                } else if (index.unique || keys.stream().noneMatch(fk -> fk.name().equals(index.name) && fk.columns().equals(index.columns))) {
                    plain.add(new Index(index.name, index.columns, index.unique, null, index.descending));
                }
            }
            return new Table(name, columns, primaryKey, uniques, keys, checks, plain, comment);
        }
    }

    private static final class ForeignKeyParts {
        final String name;
        final String referencedTable;
        final ReferentialAction onDelete;
        final ReferentialAction onUpdate;
        final List<String> columns = new ArrayList<>();
        final List<String> referencedColumns = new ArrayList<>();

        ForeignKeyParts(Row row) {
            name = row.getString("name");
            referencedTable = row.getString("referenced_table");
            onDelete = action(row.getString("on_delete"));
            onUpdate = action(row.getString("on_update"));
        }

        void add(Row row) {
            columns.add(row.getString("column_name"));
            referencedColumns.add(row.getString("referenced_column"));
        }

        ForeignKey toForeignKey() {
            return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate);
        }
    }

    private static final class IndexParts {
        final String name;
        final boolean unique;
        final List<String> columns = new ArrayList<>();
        final List<Boolean> descending = new ArrayList<>();

        IndexParts(Row row) {
            name = row.getString("name");
            unique = ((Number) row.getValue("non_unique")).intValue() == 0;
        }

        void add(Row row) {
            columns.add(row.getString("column_name"));
            descending.add("D".equals(row.getString("collation")));
        }
    }
}
