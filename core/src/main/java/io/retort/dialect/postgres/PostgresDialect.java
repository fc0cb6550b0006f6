package io.retort.dialect.postgres;

import io.retort.dialect.Dialect;
import io.retort.operation.Operation;
import io.retort.schema.ColumnType;
import io.retort.schema.Schema;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL: transactional DDL, an advisory lock scoped to the migration transaction, and the
 * schema read from the catalogs of one schema (the configured one, or the connection's
 * {@code current_schema()}).
 */
public final class PostgresDialect implements Dialect {

    /** PostgreSQL's limit on identifier length; longer names are silently truncated by the server. */
    public static final int MAX_IDENTIFIER_BYTES = 63;

    /** SQLSTATE lock_not_available, raised when {@code lock_timeout} expires. */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    private final String schema;
    private final PostgresRenderer renderer = new PostgresRenderer(this::quote, this::literal);
    private final PostgresInspector inspector;

    /** Works in the connection's {@code current_schema()} (normally {@code public}). */
    public PostgresDialect() {
        this(null);
    }

    /** Works in {@code schema}: introspection reads it and migration transactions put it on the search path. */
    public PostgresDialect(String schema) {
        this.schema = schema;
        this.inspector = new PostgresInspector(schema, this::literal);
    }

    @Override
    public String name() {
        return PostgresRenderer.DIALECT;
    }

    /**
     * The portable type a type text stands for when rendering that type gives back the same text
     * ({@code numeric(8,3)}, {@code text}); otherwise the text as a raw type ({@code json}, which
     * renders as jsonb, stays raw). For types written verbatim, such as a column definition.
     */
    public static ColumnType exactType(String sql) {
        ColumnType parsed = PostgresTypes.fromSql(sql);
        String written = PostgresTypes.toSql(parsed).toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return written.equals(sql.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "")) ? parsed : ColumnType.raw(sql);
    }

    @Override
    public ColumnType typeOf(String sql) {
        return exactType(sql);
    }

    /** The configured schema, or null for the connection's current schema. */
    public String schema() {
        return schema;
    }

    /**
     * Double-quotes {@code identifier}. A name over 63 bytes is refused rather than left to the
     * server, which would truncate it and leave the schema disagreeing with the revisions.
     */
    @Override
    public String quote(String identifier) {
        if (identifier.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
            throw new IllegalArgumentException("The name \"" + identifier + "\" is longer than PostgreSQL's "
                    + MAX_IDENTIFIER_BYTES + "-byte limit and would be truncated; choose a shorter name"
                    + " (io.retort.schema.Names shortens constraint and index names for you)");
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String literal(String value) {
        // With standard_conforming_strings off a backslash escapes inside '...'; an E'' string reads
        // backslashes the same way whatever the setting, so a value holding one is written as that.
        if (value.indexOf('\\') >= 0) {
            return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
        }
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public String placeholder(int index) {
        return "$" + index;
    }

    @Override
    public List<String> render(Operation operation, Schema before) {
        return operation.accept(renderer);
    }

    @Override
    public Uni<Schema> introspect(SqlClient client, Set<String> excludedTables) {
        return inspector.introspect(client, excludedTables);
    }

    /** Catalog queries issued by {@link #introspect} so far; always {@link PostgresInspector#QUERIES_PER_INTROSPECTION} per call. */
    public long introspectionQueries() {
        return inspector.queriesIssued();
    }

    @Override
    public Schema canonical(Schema schema) {
        return PostgresCanonicalizer.canonical(schema);
    }

    @Override
    public List<String> sessionSetup(Duration lockTimeout) {
        return List.of();
    }

    @Override
    public boolean pipelines() {
        return true;
    }

    @Override
    public boolean multiStatementQueries() {
        return true;
    }

    /**
     * A READ COMMITTED transaction (whatever the database's default: under REPEATABLE READ the
     * snapshot would predate the lock), the lock timeout for this transaction only, the configured
     * schema on the search path, then one try at a transaction-level advisory lock: released by
     * COMMIT or ROLLBACK, never left behind on a pooled connection or a PgBouncer backend. The
     * engine tries again in a new transaction until the timeout ({@link #triesLock}): a process
     * blocked inside {@code pg_advisory_xact_lock} would hold a snapshot that CREATE INDEX
     * CONCURRENTLY, run by the lock holder, waits for.
     */
    @Override
    public List<String> beginLocked(Duration lockTimeout, long lockKey) {
        List<String> statements = new ArrayList<>();
        statements.add("BEGIN ISOLATION LEVEL READ COMMITTED");
        // lock_timeout = 0 would mean "wait forever"; a zero Duration means "do not wait".
        statements.add("SET LOCAL lock_timeout = '" + Math.max(1, lockTimeout.toMillis()) + "ms'");
        if (schema != null) {
            statements.add("SET LOCAL search_path TO " + quote(schema));
        }
        statements.add("SELECT pg_try_advisory_xact_lock(" + lockKey + ")");
        return statements;
    }

    /**
     * As {@link #beginLocked}, with the lock and the version rows checked by the server in one DO
     * block: a revision sent behind others cannot look at the answers first, so the guard raises an
     * error instead (the rest of the query string is skipped, the transaction rolled back) when
     * another process holds the lock or moved the rows.
     */
    @Override
    public boolean chainsTransactions() {
        return true;
    }

    @Override
    public List<String> beginChained(long lockKey, String versionTable, Set<String> expectedRows) {
        List<String> statements = new ArrayList<>();
        statements.add("BEGIN ISOLATION LEVEL READ COMMITTED");
        if (schema != null) {
            statements.add("SET LOCAL search_path TO " + quote(schema));
        }
        String expected = literal(String.join(",", new java.util.TreeSet<>(expectedRows)));
        // transaction_timestamp() is when the whole query string arrived, the same for every transaction
        // in it: each notes its own start for transactionMillis().
        statements.add("DO $retort$ BEGIN"
                + " PERFORM set_config('retort.began', clock_timestamp()::text, true);"
                + " IF NOT pg_try_advisory_xact_lock(" + lockKey + ") THEN RAISE EXCEPTION 'retort: the migration lock is taken';"
                + " END IF;"
                + " IF (SELECT COALESCE(string_agg(version_num, ',' ORDER BY version_num COLLATE \"C\"), '') FROM " + qualifiedName(versionTable)
                + ") <> " + expected + " THEN RAISE EXCEPTION 'retort: the version rows moved'; END IF;"
                + " END $retort$");
        return statements;
    }

    @Override
    public String transactionMillis() {
        return "CAST(EXTRACT(EPOCH FROM clock_timestamp() - current_setting('retort.began')::timestamptz) * 1000 AS BIGINT)";
    }

    @Override
    public boolean triesLock() {
        return true;
    }

    /**
     * Connection-level failures by SQLSTATE: class 08 (connection exception) and 57P01..57P03
     * (the server terminated the session, is shutting down or cannot connect now); or the client's
     * own report that the connection closed. Never by the words of a message.
     */
    @Override
    public boolean isConnectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().matches("57P0[123]"))) {
                return true;
            }
        }
        return Dialect.super.isConnectionLost(failure);
    }

    /** The schema: Retort setups in separate schemas of one database have separate locks. */
    @Override
    public String lockScope() {
        return schema == null ? "" : schema;
    }

    /**
     * The second connection a non-transactional revision's statements run on (outside any
     * transaction, so SET LOCAL cannot reach them) gets the schema for the session, and its own
     * search path back afterwards. Behind a transaction-pooling proxy a session setting does not
     * follow the statements: see docs/running-migrations.md.
     */
    @Override
    public List<String> outsideTransactionSetup() {
        return schema == null ? List.of() : List.of("SET search_path TO " + quote(schema));
    }

    @Override
    public List<String> outsideTransactionTeardown() {
        return schema == null ? List.of() : List.of("RESET search_path");
    }

    @Override
    public List<String> scriptPreamble() {
        return schema == null ? List.of() : List.of("SET search_path TO " + quote(schema));
    }

    /** Indexes left INVALID (by a CREATE INDEX CONCURRENTLY that failed or was interrupted) where Retort works. */
    @Override
    public Optional<String> invalidIndexesQuery() {
        String where = schema == null ? "current_schema()" : literal(schema);
        return Optional.of("SELECT c.relname AS name, '\"' || replace(n.nspname, '\"', '\"\"') || '\".\"'"
                + " || replace(c.relname, '\"', '\"\"') || '\"' AS qualified"
                + " FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE NOT i.indisvalid AND n.nspname = " + where);
    }

    @Override
    public List<String> statementTimeouts(Duration lockTimeout, Duration statementTimeout) {
        // Both SET LOCAL: they end with the revision's transaction, and the version rows after it keep their own.
        return List.of("SET LOCAL lock_timeout = '" + Math.max(1, lockTimeout.toMillis()) + "ms'",
                "SET LOCAL statement_timeout = '" + statementTimeout.toMillis() + "ms'");
    }

    @Override
    public Optional<String> lockHoldersQuery(Collection<String> tables) {
        String names = String.join(", ", tables.stream().map(this::literal).toList());
        return Optional.of("SELECT a.pid, a.state, to_char(a.xact_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || ' UTC' AS since,"
                + " left(a.query, 200) AS query, c.relname AS relation, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.granted AND l.pid <> pg_backend_pid()"
                + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND c.relname IN (" + (names.isEmpty() ? "NULL" : names) + ") ORDER BY a.xact_start NULLS LAST, a.pid");
    }

    @Override
    public boolean isLockTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PgException pg && LOCK_NOT_AVAILABLE.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String qualifiedName(String table) {
        return schema == null ? quote(table) : quote(schema) + "." + quote(table);
    }

    @Override
    public String tableExistsQuery(String table) {
        String where = schema == null ? "current_schema()" : literal(schema);
        return "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = " + where + " AND tablename = " + literal(table);
    }

    @Override
    public String createVersionTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + quote(table) + " (version_num VARCHAR(64) NOT NULL, CONSTRAINT "
                + quote(table + "_pkc") + " PRIMARY KEY (version_num))";
    }

    /** {@code applied_by} defaults to {@code CURRENT_USER}, so an INSERT that leaves it out records the database user. */
    @Override
    public String createHistoryTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + quote(table) + " ("
                + "id BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL, "
                + "revision VARCHAR(64) NOT NULL, "
                + "direction VARCHAR(16) NOT NULL, "
                + "message TEXT, "
                + "checksum VARCHAR(64), "
                + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL, "
                + "duration_ms BIGINT NOT NULL, "
                + "applied_by VARCHAR(128) DEFAULT CURRENT_USER, "
                + "CONSTRAINT " + quote(table + "_pkc") + " PRIMARY KEY (id))";
    }
}
