package io.retort.dialect.sqlite;

import static io.retort.migration.ColumnOptions.comment;
import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.bool;
import static io.retort.migration.ColumnTypes.bytes;
import static io.retort.migration.ColumnTypes.date;
import static io.retort.migration.ColumnTypes.doublePrecision;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.json;
import static io.retort.migration.ColumnTypes.numeric;
import static io.retort.migration.ColumnTypes.raw;
import static io.retort.migration.ColumnTypes.real;
import static io.retort.migration.ColumnTypes.smallint;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.migration.ColumnTypes.time;
import static io.retort.migration.ColumnTypes.timestamp;
import static io.retort.migration.ColumnTypes.timestampTz;
import static io.retort.migration.ColumnTypes.uuid;
import static io.retort.schema.ReferentialAction.CASCADE;
import static io.retort.schema.ReferentialAction.RESTRICT;
import static io.retort.schema.ReferentialAction.SET_DEFAULT;
import static io.retort.schema.ReferentialAction.SET_NULL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.dialect.Dialect;
import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.schema.Schema;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The exact SQL of every operation kind on SQLite. */
class SqliteRendererTest {

    private final SqliteDialect dialect = new SqliteDialect();

    /** A table "order" (reserved word) with a quoted, spaced column, a key, a unique, a check and two indexes. */
    private Schema base() {
        Ops op = new Ops(Ops.SQLITE);
        op.createTable("user", t -> t.column("id", integer(), primaryKey(), identity()));
        op.createTable("order", t -> t
                .column("id", integer(), primaryKey())
                .column("Total \"Net\"", numeric(10, 2), notNull(), serverDefault("0"))
                .column("note", text())
                .column("user", integer(), references("user", "id"))
                .unique("note")
                .check("total", "\"Total \"\"Net\"\"\" >= 0")
                .index("note"));
        op.createIndex("ix_order_user", "order", "user").where("\"user\" IS NOT NULL");
        return replay(op);
    }

    private static Schema replay(Ops op) {
        Schema schema = Schema.EMPTY;
        for (Operation operation : op.operations()) {
            schema = operation.applyTo(schema);
        }
        return schema;
    }

    private List<String> render(Schema before, Consumer<Ops> change) {
        Ops op = new Ops(Ops.SQLITE);
        change.accept(op);
        List<Operation> operations = op.operations();
        assertEquals(1, operations.size(), "one operation per case");
        return dialect.render(operations.get(0), before).stream().filter(sql -> !carriesLiveState(sql)).toList();
    }

    /**
     * The statements every rebuild has for what only the live table knows (the undeclared-column
     * guard, the triggers and indexes carried across): asserted once, in
     * {@link #aRebuildCarriesWhatOnlyTheLiveTableKnows}, and left out of the other cases.
     */
    private static boolean carriesLiveState(String sql) {
        return sql.contains("_retort_carried") || sql.startsWith(Dialect.GUARD) && sql.contains("pragma_table_xinfo");
    }

    @Test
    void aRebuildCarriesWhatOnlyTheLiveTableKnows() {
        Ops op = new Ops(Ops.SQLITE);
        op.dropConstraint("ck_order_total", "order");
        List<String> sql = dialect.render(op.operations().get(0), base());
        assertEquals("SELECT /* retort:guard */ 'Table ' || '\"order\"' || ' has column ' || quote(name) || ', which no revision declares"
                + " (raw SQL?), and rebuilding the table would lose it and its values; declare it with op.addColumn in an earlier revision,"
                + " or drop it first; nothing was changed' FROM pragma_table_xinfo('order')"
                + " WHERE lower(name) NOT IN ('id', 'total \"net\"', 'note', 'user') LIMIT 1", sql.get(0));
        assertEquals(List.of("CREATE TEMP TABLE IF NOT EXISTS temp.\"_retort_carried\" (\"sql\" TEXT NOT NULL)",
                "INSERT INTO temp.\"_retort_carried\" (\"sql\") SELECT sql FROM main.sqlite_master WHERE tbl_name = 'order'"
                        + " AND sql IS NOT NULL AND (type = 'trigger' OR type = 'index' AND lower(name) NOT IN ('ix_order_note', 'ix_order_user'))"
                        + " ORDER BY type = 'trigger', rowid"), sql.subList(1, 3));
        assertEquals(List.of("SELECT /* retort:statements */ \"sql\" FROM temp.\"_retort_carried\" ORDER BY rowid",
                "DROP TABLE temp.\"_retort_carried\""), sql.subList(sql.size() - 2, sql.size()));
    }

    private List<String> render(Consumer<Ops> change) {
        return render(base(), change);
    }

    /** The rebuild of "order" with the given CREATE TABLE and INSERT ... SELECT, then its two indexes re-created. */
    private static List<String> rebuildOfOrder(String createScratch, String insert, String... indexes) {
        List<String> statements = new java.util.ArrayList<>();
        statements.add(createScratch);
        statements.add(insert);
        statements.add("DROP TABLE \"order\"");
        statements.add("PRAGMA legacy_alter_table = ON");
        statements.add("ALTER TABLE \"_retort_new_order\" RENAME TO \"order\"");
        statements.add("PRAGMA legacy_alter_table = OFF");
        statements.addAll(List.of(indexes));
        return statements;
    }

    private static final String ORDER_COLUMNS = "\"id\" INTEGER NOT NULL, \"Total \"\"Net\"\"\" NUMERIC(10,2) NOT NULL DEFAULT 0,"
            + " \"note\" TEXT, \"user\" INTEGER";
    private static final String ORDER_CONSTRAINTS = "CONSTRAINT \"pk_order\" PRIMARY KEY (\"id\"),"
            + " CONSTRAINT \"uq_order_note\" UNIQUE (\"note\"),"
            + " CONSTRAINT \"fk_order_user_user\" FOREIGN KEY (\"user\") REFERENCES \"user\" (\"id\"),"
            + " CONSTRAINT \"ck_order_total\" CHECK (\"Total \"\"Net\"\"\" >= 0)";
    private static final String ORDER_INDEXES_1 = "CREATE INDEX \"ix_order_note\" ON \"order\" (\"note\")";
    private static final String ORDER_INDEXES_2 = "CREATE INDEX \"ix_order_user\" ON \"order\" (\"user\") WHERE \"user\" IS NOT NULL";
    private static final String COPY_ALL = "INSERT INTO \"_retort_new_order\" (\"id\", \"Total \"\"Net\"\"\", \"note\", \"user\")"
            + " SELECT \"id\", \"Total \"\"Net\"\"\", \"note\", \"user\" FROM \"order\" ORDER BY rowid";

    @Test
    void createTableWithEveryTypeConstraintAndIndex() {
        List<String> sql = render(Schema.EMPTY, op -> op.createTable("Mixed Case", t -> t
                .column("id", bigint(), primaryKey(), identity())
                .column("s", string(40), notNull(), serverDefault("'it''s'"))
                .column("t", text(), comment("ignored"))
                .column("i16", smallint())
                .column("i32", integer(), serverDefault("-1"))
                .column("f32", real())
                .column("f64", doublePrecision())
                .column("money", numeric(12, 3))
                .column("flag", bool(), notNull(), serverDefault("true"))
                .column("d", date())
                .column("tm", time())
                .column("ts", timestamp(), serverDefault("CURRENT_TIMESTAMP"))
                .column("tstz", timestampTz())
                .column("u", uuid())
                .column("j", json(), notNull(), serverDefault("'[]'"))
                .column("b", bytes())
                .column("r", raw("citext"))
                .column("expr", integer(), serverDefault("abs(-3)"))
                .column("parent", bigint(), references("Mixed Case", "id").onDelete(SET_NULL).onUpdate(CASCADE))
                .unique("s", "d")
                .check("positive", "i32 > 0")
                .index("ts")
                .comment("ignored too")));
        assertEquals(List.of("CREATE TABLE \"Mixed Case\" ("
                + "\"id\" INTEGER NOT NULL CONSTRAINT \"pk_Mixed Case\" PRIMARY KEY AUTOINCREMENT, "
                + "\"s\" VARCHAR(40) NOT NULL DEFAULT 'it''s', \"t\" TEXT, \"i16\" SMALLINT, \"i32\" INTEGER DEFAULT -1, "
                + "\"f32\" REAL, \"f64\" DOUBLE, \"money\" NUMERIC(12,3), \"flag\" BOOLEAN NOT NULL DEFAULT true, "
                + "\"d\" DATE, \"tm\" TIME, \"ts\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP, \"tstz\" TIMESTAMP WITH TIME ZONE, "
                + "\"u\" UUID, \"j\" JSON NOT NULL DEFAULT '[]', \"b\" BLOB, \"r\" citext, \"expr\" INTEGER DEFAULT (abs(-3)), "
                + "\"parent\" BIGINT, "
                + "CONSTRAINT \"uq_Mixed Case_s_d\" UNIQUE (\"s\", \"d\"), "
                + "CONSTRAINT \"fk_Mixed Case_parent_Mixed Case\" FOREIGN KEY (\"parent\") REFERENCES \"Mixed Case\" (\"id\")"
                + " ON DELETE SET NULL ON UPDATE CASCADE, "
                + "CONSTRAINT \"ck_Mixed Case_positive\" CHECK (i32 > 0))",
                "CREATE INDEX \"ix_Mixed Case_ts\" ON \"Mixed Case\" (\"ts\")"), sql);
    }

    @Test
    void createTableWithCompositeKeyAndForeignKeyActions() {
        List<String> sql = render(base(), op -> op.createTable("lines", t -> t
                .column("order", integer(), notNull())
                .column("no", integer(), notNull())
                .column("a", integer(), references("order", "id").onDelete(CASCADE).onUpdate(RESTRICT))
                .column("b", integer(), references("order", "id").onDelete(SET_DEFAULT))
                .primaryKey("order", "no")));
        assertEquals(List.of("CREATE TABLE \"lines\" (\"order\" INTEGER NOT NULL, \"no\" INTEGER NOT NULL, \"a\" INTEGER, \"b\" INTEGER, "
                + "CONSTRAINT \"pk_lines\" PRIMARY KEY (\"order\", \"no\"), "
                + "CONSTRAINT \"fk_lines_a_order\" FOREIGN KEY (\"a\") REFERENCES \"order\" (\"id\") ON DELETE CASCADE ON UPDATE RESTRICT, "
                + "CONSTRAINT \"fk_lines_b_order\" FOREIGN KEY (\"b\") REFERENCES \"order\" (\"id\") ON DELETE SET DEFAULT)"), sql);
    }

    @Test
    void identityOutsideASingleIntegerKeyIsNotRendered() {
        List<String> sql = render(Schema.EMPTY, op -> op.createTable("t", t -> t
                .column("a", integer(), identity())
                .column("b", integer())));
        assertEquals(List.of("CREATE TABLE \"t\" (\"a\" INTEGER, \"b\" INTEGER)"), sql);
    }

    @Test
    void dropAndRenameTable() {
        assertEquals(List.of("DROP TABLE \"order\""), render(op -> op.dropTable("order")));
        assertEquals(List.of("ALTER TABLE \"order\" RENAME TO \"Old \"\"Orders\"\"\""),
                render(op -> op.renameTable("order", "Old \"Orders\"")));
    }

    @Test
    void addColumnInPlaceWhenSqliteAllowsIt() {
        assertEquals(List.of("ALTER TABLE \"order\" ADD COLUMN \"My Col\" VARCHAR(20)"),
                render(op -> op.addColumn("order", "My Col", string(20))));
        assertEquals(List.of("ALTER TABLE \"order\" ADD COLUMN \"n\" INTEGER NOT NULL DEFAULT 0"),
                render(op -> op.addColumn("order", "n", integer(), notNull(), serverDefault("0"))));
        assertEquals(List.of("ALTER TABLE \"order\" ADD COLUMN \"s\" TEXT DEFAULT 'x'"),
                render(op -> op.addColumn("order", "s", text(), serverDefault("'x'"), comment("no comments on SQLite"))));
    }

    @Test
    void addColumnThatAlterRefusesRebuilds() {
        String create = "CREATE TABLE \"_retort_new_order\" (" + ORDER_COLUMNS
                + ", \"at\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, " + ORDER_CONSTRAINTS + ")";
        assertEquals(rebuildOfOrder(create, COPY_ALL, ORDER_INDEXES_1, ORDER_INDEXES_2),
                render(op -> op.addColumn("order", "at", timestamp(), notNull(), serverDefault("CURRENT_TIMESTAMP"))));
        // NOT NULL without a default, and an expression default, cannot be added in place either
        assertEquals("CREATE TABLE \"_retort_new_order\" (" + ORDER_COLUMNS + ", \"x\" INTEGER NOT NULL, " + ORDER_CONSTRAINTS + ")",
                render(op -> op.addColumn("order", "x", integer(), notNull())).get(0));
        assertEquals("CREATE TABLE \"_retort_new_order\" (" + ORDER_COLUMNS + ", \"x\" INTEGER DEFAULT (random()), " + ORDER_CONSTRAINTS + ")",
                render(op -> op.addColumn("order", "x", integer(), serverDefault("random()"))).get(0));
    }

    @Test
    void dropColumnInPlaceWhenNothingInvolvesIt() {
        Schema before = replay(withPlainColumn());
        assertEquals(List.of("ALTER TABLE \"order\" DROP COLUMN \"plain col\""), render(before, op -> op.dropColumn("order", "plain col")));
    }

    private Ops withPlainColumn() {
        Ops op = new Ops(Ops.SQLITE);
        base().tables().values().forEach(t -> op.add(new io.retort.operation.CreateTable(t)));
        op.addColumn("order", "plain col", integer());
        return op;
    }

    @Test
    void dropColumnInvolvedInAnIndexOrConstraintRebuilds() {
        String create = "CREATE TABLE \"_retort_new_order\" (\"id\" INTEGER NOT NULL, \"Total \"\"Net\"\"\" NUMERIC(10,2) NOT NULL DEFAULT 0,"
                + " \"user\" INTEGER, CONSTRAINT \"pk_order\" PRIMARY KEY (\"id\"),"
                + " CONSTRAINT \"fk_order_user_user\" FOREIGN KEY (\"user\") REFERENCES \"user\" (\"id\"),"
                + " CONSTRAINT \"ck_order_total\" CHECK (\"Total \"\"Net\"\"\" >= 0))";
        String insert = "INSERT INTO \"_retort_new_order\" (\"id\", \"Total \"\"Net\"\"\", \"user\")"
                + " SELECT \"id\", \"Total \"\"Net\"\"\", \"user\" FROM \"order\" ORDER BY rowid";
        assertEquals(rebuildOfOrder(create, insert, ORDER_INDEXES_2), render(op -> op.dropColumn("order", "note")));
    }

    @Test
    void alterColumnTypeNullabilityAndDefaultRebuild() {
        String typeChanged = "CREATE TABLE \"_retort_new_order\" (\"id\" INTEGER NOT NULL, \"Total \"\"Net\"\"\" NUMERIC(10,2) NOT NULL DEFAULT 0,"
                + " \"note\" VARCHAR(500), \"user\" INTEGER, " + ORDER_CONSTRAINTS + ")";
        assertEquals(rebuildOfOrder(typeChanged, COPY_ALL, ORDER_INDEXES_1, ORDER_INDEXES_2),
                render(op -> op.alterColumn("order", "note", c -> c.type(string(500)))));

        String notNull = "CREATE TABLE \"_retort_new_order\" (\"id\" INTEGER NOT NULL, \"Total \"\"Net\"\"\" NUMERIC(10,2) NOT NULL DEFAULT 0,"
                + " \"note\" TEXT NOT NULL DEFAULT 'none', \"user\" INTEGER, " + ORDER_CONSTRAINTS + ")";
        String coalesce = "INSERT INTO \"_retort_new_order\" (\"id\", \"Total \"\"Net\"\"\", \"note\", \"user\")"
                + " SELECT \"id\", \"Total \"\"Net\"\"\", COALESCE(\"note\", 'none'), \"user\" FROM \"order\" ORDER BY rowid";
        assertEquals(rebuildOfOrder(notNull, coalesce, ORDER_INDEXES_1, ORDER_INDEXES_2),
                render(op -> op.alterColumn("order", "note", c -> c.notNull().serverDefault("'none'"))));

        String dropDefault = "CREATE TABLE \"_retort_new_order\" (\"id\" INTEGER NOT NULL, \"Total \"\"Net\"\"\" NUMERIC(10,2) NOT NULL,"
                + " \"note\" TEXT, \"user\" INTEGER, " + ORDER_CONSTRAINTS + ")";
        assertEquals(rebuildOfOrder(dropDefault, COPY_ALL, ORDER_INDEXES_1, ORDER_INDEXES_2),
                render(op -> op.alterColumn("order", "Total \"Net\"", c -> c.dropServerDefault())));

        String nullable = "CREATE TABLE \"_retort_new_order\" (\"id\" INTEGER NOT NULL, \"Total \"\"Net\"\"\" NUMERIC(10,2) DEFAULT 0,"
                + " \"note\" TEXT, \"user\" INTEGER, " + ORDER_CONSTRAINTS + ")";
        assertEquals(rebuildOfOrder(nullable, COPY_ALL, ORDER_INDEXES_1, ORDER_INDEXES_2),
                render(op -> op.alterColumn("order", "Total \"Net\"", c -> c.nullable())));
    }

    @Test
    void alterColumnCommentOnlyRendersNothing() {
        assertEquals(List.of(), render(op -> op.alterColumn("order", "note", c -> c.comment("SQLite keeps no comments"))));
    }

    @Test
    void renameColumn() {
        assertEquals(List.of("ALTER TABLE \"order\" RENAME COLUMN \"Total \"\"Net\"\"\" TO \"select\""),
                render(op -> op.renameColumn("order", "Total \"Net\"", "select")));
    }

    @Test
    void createIndexPlainUniquePartialAndMultiColumn() {
        assertEquals(List.of("CREATE INDEX \"Ix Note\" ON \"order\" (\"note\")"), render(op -> op.createIndex("Ix Note", "order", "note")));
        assertEquals(List.of("CREATE UNIQUE INDEX \"ux\" ON \"order\" (\"user\", \"Total \"\"Net\"\"\")"),
                render(op -> op.createUniqueIndex("ux", "order", "user", "Total \"Net\"")));
        assertEquals(List.of("CREATE UNIQUE INDEX \"ux\" ON \"order\" (\"note\") WHERE \"user\" > 0 AND note <> ''"),
                render(op -> op.createUniqueIndex("ux", "order", "note").where("\"user\" > 0 AND note <> ''")));
    }

    @Test
    void sequencesRenderNothingAndTheCanonicalFormLeavesThemOut() {
        assertEquals(List.of(), render(op -> op.createSequence("order_seq")));
        assertEquals(List.of(), render(op -> op.createSequence("order_seq", 1000, 1)));
        Schema withSequence = new io.retort.operation.CreateSequence(io.retort.schema.Sequence.hibernateDefault("order_seq"))
                .applyTo(base());
        assertEquals(List.of(), render(withSequence, op -> op.dropSequence("order_seq")));

        assertEquals(java.util.Map.of(), dialect.canonical(withSequence).sequences());
        assertEquals(dialect.canonical(base()), dialect.canonical(withSequence));
    }

    @Test
    void dropIndex() {
        assertEquals(List.of("DROP INDEX \"ix_order_user\""), render(op -> op.dropIndex("ix_order_user", "order")));
    }

    @Test
    void addEachConstraintKindRebuilds() {
        String uniqueAdded = "CREATE TABLE \"_retort_new_order\" (" + ORDER_COLUMNS + ", " + ORDER_CONSTRAINTS.replace(
                "CONSTRAINT \"uq_order_note\" UNIQUE (\"note\"),",
                "CONSTRAINT \"uq_order_note\" UNIQUE (\"note\"), CONSTRAINT \"uq_order_user_note\" UNIQUE (\"user\", \"note\"),") + ")";
        assertEquals(rebuildOfOrder(uniqueAdded, COPY_ALL, ORDER_INDEXES_1, ORDER_INDEXES_2),
                render(op -> op.addUnique("uq_order_user_note", "order", "user", "note")));

        String checkAdded = "CREATE TABLE \"_retort_new_order\" (" + ORDER_COLUMNS + ", " + ORDER_CONSTRAINTS
                + ", CONSTRAINT \"ck_order_user\" CHECK (\"user\" > 0))";
        assertEquals(checkAdded, render(op -> op.addCheck("ck_order_user", "order", "\"user\" > 0")).get(0));

        String fkAdded = "CREATE TABLE \"_retort_new_order\" (" + ORDER_COLUMNS + ", " + ORDER_CONSTRAINTS.replace(
                "CONSTRAINT \"ck_order_total\"",
                "CONSTRAINT \"fk_self\" FOREIGN KEY (\"user\") REFERENCES \"order\" (\"id\") ON DELETE CASCADE, CONSTRAINT \"ck_order_total\"")
                + ")";
        assertEquals(fkAdded, render(op -> op.addForeignKey("fk_self", "order", "user",
                references("order", "id").onDelete(CASCADE))).get(0));

        Ops noKey = new Ops(Ops.SQLITE);
        noKey.createTable("k", t -> t.column("a", integer(), notNull()).column("b", text()));
        assertEquals(List.of("CREATE TABLE \"_retort_new_k\" (\"a\" INTEGER NOT NULL, \"b\" TEXT, CONSTRAINT \"pk k\" PRIMARY KEY (\"a\"))",
                "INSERT INTO \"_retort_new_k\" (\"a\", \"b\") SELECT \"a\", \"b\" FROM \"k\" ORDER BY rowid",
                "DROP TABLE \"k\"",
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE \"_retort_new_k\" RENAME TO \"k\"",
                "PRAGMA legacy_alter_table = OFF"),
                render(replay(noKey), op -> op.addPrimaryKey("pk k", "k", "a")));
    }

    @Test
    void dropEachConstraintKindRebuilds() {
        assertEquals("CREATE TABLE \"_retort_new_order\" (" + ORDER_COLUMNS + ", "
                + ORDER_CONSTRAINTS.replace("CONSTRAINT \"pk_order\" PRIMARY KEY (\"id\"), ", "") + ")",
                render(op -> op.dropConstraint("pk_order", "order")).get(0));
        assertEquals("CREATE TABLE \"_retort_new_order\" (" + ORDER_COLUMNS + ", "
                + ORDER_CONSTRAINTS.replace("CONSTRAINT \"uq_order_note\" UNIQUE (\"note\"), ", "") + ")",
                render(op -> op.dropConstraint("uq_order_note", "order")).get(0));
        assertEquals("CREATE TABLE \"_retort_new_order\" (" + ORDER_COLUMNS + ", "
                + ORDER_CONSTRAINTS.replace("CONSTRAINT \"fk_order_user_user\" FOREIGN KEY (\"user\") REFERENCES \"user\" (\"id\"), ", "") + ")",
                render(op -> op.dropConstraint("fk_order_user_user", "order")).get(0));
        assertEquals(rebuildOfOrder("CREATE TABLE \"_retort_new_order\" (" + ORDER_COLUMNS + ", "
                + ORDER_CONSTRAINTS.replace(", CONSTRAINT \"ck_order_total\" CHECK (\"Total \"\"Net\"\"\" >= 0)", "") + ")",
                COPY_ALL, ORDER_INDEXES_1, ORDER_INDEXES_2),
                render(op -> op.dropConstraint("ck_order_total", "order")));
    }

    @Test
    void executeSqlPerDialect() {
        assertEquals(List.of("UPDATE t SET x = 1"), render(op -> op.execute("UPDATE t SET x = 1")));
        assertEquals(List.of("PRAGMA optimize"), render(op -> op.executeOn(Ops.SQLITE, "PRAGMA optimize")));
        assertEquals(List.of(), render(op -> op.executeOn(Ops.POSTGRESQL, "VACUUM ANALYZE")));
    }

    @Test
    void versionAndHistoryTables() {
        assertEquals("CREATE TABLE IF NOT EXISTS \"retort_version\" (\"version_num\" VARCHAR(64) NOT NULL,"
                + " CONSTRAINT \"retort_version_pkc\" PRIMARY KEY (\"version_num\"))", dialect.createVersionTable("retort_version"));
        assertEquals("CREATE TABLE IF NOT EXISTS \"retort_history\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " \"revision\" VARCHAR(64) NOT NULL, \"direction\" VARCHAR(16) NOT NULL, \"message\" TEXT,"
                + " \"checksum\" VARCHAR(64), \"applied_at\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                + " \"duration_ms\" BIGINT NOT NULL, \"applied_by\" VARCHAR(128))", dialect.createHistoryTable("retort_history"));
    }

    @Test
    void sessionTransactionAndLiterals() {
        assertEquals(List.of("PRAGMA busy_timeout = 1500", "PRAGMA foreign_keys = OFF"), dialect.sessionSetup(Duration.ofMillis(1500)));
        assertEquals(List.of("BEGIN IMMEDIATE"), dialect.beginLocked(Duration.ofSeconds(1), 42L));
        assertEquals("?", dialect.placeholder(3));
        assertEquals("'it''s'", dialect.literal("it's"));
        assertEquals("\"a \"\"b\"\"\"", dialect.quote("a \"b\""));
        assertEquals("sqlite", dialect.name());
        assertFalse(dialect.isLockTimeout(new RuntimeException("no such table: x")));
        assertTrue(dialect.isLockTimeout(new RuntimeException("wrapped", new org.sqlite.SQLiteException(
                "[SQLITE_BUSY] The database file is locked", org.sqlite.SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT))));
    }
}
