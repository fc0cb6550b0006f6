package io.retort.dialect.postgres;

import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.EnumType;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a live PostgreSQL schema from the system catalogs in {@value #QUERIES_PER_INTROSPECTION}
 * queries, however many tables there are: tables, columns, constraints, the indexes that do not
 * back a constraint, sequences, and enum types. Queries go through the simple protocol with no prepared statements, so they
 * also work behind a transaction-pooling proxy.
 */
final class PostgresInspector {

    /** How many catalog queries one {@link #introspect} issues. */
    static final int QUERIES_PER_INTROSPECTION = 6;

    private static final Pattern CHECK_DEFINITION = Pattern.compile(
            "^CHECK \\((.*)\\)(\\s+NO INHERIT)?(\\s+NOT VALID)?$", Pattern.DOTALL);

    private static final String TABLES = """
            SELECT c.relname::text AS table_name, obj_description(c.oid, 'pg_class') AS comment
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $SCHEMA AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.relname""";

    private static final String COLUMNS = """
            SELECT c.relname::text AS table_name, a.attname::text AS column_name,
                   format_type(a.atttypid, a.atttypmod) AS data_type, a.attnotnull AS not_null,
                   pg_get_expr(d.adbin, d.adrelid) AS default_value, a.attidentity <> '' AS is_identity,
                   col_description(a.attrelid, a.attnum) AS comment
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = $SCHEMA AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum""";

    private static final String CONSTRAINTS = """
            SELECT c.relname::text AS table_name, con.conname::text AS name, con.contype::text AS kind,
                   ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
                   r.relname::text AS referenced_table,
                   ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS referenced_columns,
                   con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
                   CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid) END AS definition
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class r ON r.oid = con.confrelid
            WHERE n.nspname = $SCHEMA AND con.contype IN ('p', 'u', 'f', 'c')
            ORDER BY c.relname, con.conname""";

    private static final String INDEXES = """
            SELECT c.relname::text AS table_name, ic.relname::text AS name, i.indisunique AS is_unique,
                   ARRAY(SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true) ELSE a.attname::text END
                         FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                         LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                         WHERE k.ord <= i.indnkeyatts ORDER BY k.ord) AS columns,
                   ARRAY(SELECT (k.opt & 1) = 1 FROM unnest(i.indkey::int2[], i.indoption::int2[]) WITH ORDINALITY AS k(attnum, opt, ord)
                         WHERE k.ord <= i.indnkeyatts ORDER BY k.ord) AS descending,
                   pg_get_expr(i.indpred, i.indrelid) AS predicate
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $SCHEMA AND c.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con
                              WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
            ORDER BY c.relname, ic.relname""";

    /**
     * Sequences of their own only: those behind an identity column (pg_depend deptype 'i') or a
     * serial column (deptype 'a', OWNED BY the column) belong to their column and are left out. A
     * sequence a person attached with {@code ALTER SEQUENCE ... OWNED BY} is left out too.
     */
    private static final String SEQUENCES = """
            SELECT c.relname::text AS sequence_name, s.seqstart AS start_value, s.seqincrement AS increment_by
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $SCHEMA
              AND NOT EXISTS (SELECT 1 FROM pg_depend d
                              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('i', 'a'))
            ORDER BY c.relname""";

    private static final String ENUMS = """
            SELECT t.typname::text AS enum_name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
            FROM pg_type t
            JOIN pg_enum e ON e.enumtypid = t.oid
            JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = $SCHEMA
            GROUP BY t.typname
            ORDER BY t.typname""";

    private final String schemaExpression;
    private final AtomicLong queriesIssued = new AtomicLong();

    /** {@code schema} null means the connection's {@code current_schema()}. */
    PostgresInspector(String schema, UnaryOperator<String> literal) {
        this.schemaExpression = schema == null ? "current_schema()" : literal.apply(schema);
    }

    /** The number of catalog queries issued so far, for tests asserting it does not grow with the schema. */
    long queriesIssued() {
        return queriesIssued.get();
    }

    Uni<Schema> introspect(SqlClient client, Set<String> excludedTables) {
        Map<String, TableParts> tables = new LinkedHashMap<>();
        List<Sequence> sequences = new ArrayList<>();
        List<EnumType> enums = new ArrayList<>();
        return query(client, TABLES)
                .invoke(rows -> rows.forEach(row -> {
                    String name = row.getString("table_name");
                    if (!excludedTables.contains(name)) {
                        tables.put(name, new TableParts(name, row.getString("comment")));
                    }
                }))
                .chain(() -> query(client, COLUMNS))
                .invoke(rows -> rows.forEach(row -> with(tables, row, t -> t.columns.add(column(row)))))
                .chain(() -> query(client, CONSTRAINTS))
                .invoke(rows -> rows.forEach(row -> with(tables, row, t -> t.addConstraint(row))))
                .chain(() -> query(client, INDEXES))
                .invoke(rows -> rows.forEach(row -> with(tables, row, t -> t.indexes.add(index(row)))))
                .chain(() -> query(client, SEQUENCES))
                .invoke(rows -> rows.forEach(row -> sequences.add(new Sequence(row.getString("sequence_name"),
                        row.getLong("start_value"), row.getLong("increment_by")))))
                .chain(() -> query(client, ENUMS))
                .invoke(rows -> rows.forEach(row -> enums.add(new EnumType(row.getString("enum_name"),
                        List.of(row.getArrayOfStrings("labels"))))))
                .map(ignored -> Schema.of(tables.values().stream().map(TableParts::toTable).toList(), sequences).withEnums(enums));
    }

    private Uni<RowSet<Row>> query(SqlClient client, String sql) {
        queriesIssued.incrementAndGet();
        return client.query(sql.replace("$SCHEMA", schemaExpression)).execute();
    }

    private static void with(Map<String, TableParts> tables, Row row, java.util.function.Consumer<TableParts> action) {
        TableParts table = tables.get(row.getString("table_name"));
        if (table != null) {
            action.accept(table);
        }
    }

    private static Column column(Row row) {
        return new Column(row.getString("column_name"), PostgresTypes.fromSql(row.getString("data_type")),
                !row.getBoolean("not_null"), row.getString("default_value"), row.getString("comment"),
                row.getBoolean("is_identity"));
    }

    private static Index index(Row row) {
        Boolean[] descending = row.getArrayOfBooleans("descending");
        return new Index(row.getString("name"), strings(row, "columns"), row.getBoolean("is_unique"), row.getString("predicate"),
                List.of(descending));
    }

    private static List<String> strings(Row row, String column) {
        String[] values = row.getArrayOfStrings(column);
        return values == null ? List.of() : Arrays.asList(values);
    }

    /** PostgreSQL's {@code confdeltype} / {@code confupdtype} codes. */
    private static ReferentialAction action(String code) {
        switch (code) {
            case "r":
                return ReferentialAction.RESTRICT;
            case "c":
                return ReferentialAction.CASCADE;
            case "n":
                return ReferentialAction.SET_NULL;
            case "d":
                return ReferentialAction.SET_DEFAULT;
            default:
                return ReferentialAction.NO_ACTION;
        }
    }

    /** {@code CHECK ((amount >= 0))} as {@code pg_get_constraintdef} prints it, to {@code (amount >= 0)}. */
    static String checkExpression(String definition) {
        Matcher matcher = CHECK_DEFINITION.matcher(definition.strip());
        return matcher.matches() ? matcher.group(1) : definition;
    }

    /** A table being assembled from the rows of the table, column, constraint and index queries. */
    private static final class TableParts {

        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        PrimaryKey primaryKey;

        TableParts(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        void addConstraint(Row row) {
            String name = row.getString("name");
            switch (row.getString("kind")) {
                case "p":
                    primaryKey = new PrimaryKey(name, strings(row, "columns"));
                    break;
                case "u":
                    uniques.add(new UniqueConstraint(name, strings(row, "columns")));
                    break;
                case "f":
                    foreignKeys.add(new ForeignKey(name, strings(row, "columns"), row.getString("referenced_table"),
                            strings(row, "referenced_columns"), action(row.getString("on_delete")), action(row.getString("on_update"))));
                    break;
                default:
                    checks.add(new CheckConstraint(name, checkExpression(row.getString("definition"))));
                    break;
            }
        }

        Table toTable() {
            return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment);
        }
    }
}
