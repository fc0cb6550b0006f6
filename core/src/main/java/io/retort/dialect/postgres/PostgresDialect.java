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
import java.util.List;
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

    /**
     * {@code BEGIN}, the lock timeout for this transaction only, the configured schema on the search
     * path, then {@code pg_advisory_xact_lock}: released by COMMIT or ROLLBACK, never left behind on
     * a pooled connection (PgBouncer in transaction mode included).
     */
    @Override
    public boolean pipelines() {
        return true;
    }

    @Override
    public boolean multiStatementQueries() {
        return true;
    }

    @Override
    public List<String> beginLocked(Duration lockTimeout, long lockKey) {
        List<String> statements = new ArrayList<>();
        statements.add("BEGIN");
        // lock_timeout = 0 would mean "wait forever"; a zero Duration means "do not wait".
        statements.add("SET LOCAL lock_timeout = '" + Math.max(1, lockTimeout.toMillis()) + "ms'");
        if (schema != null) {
            statements.add("SET LOCAL search_path TO " + quote(schema));
        }
        statements.add("SELECT pg_advisory_xact_lock(" + lockKey + ")");
        return statements;
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

    /**
     * A session-level advisory lock on the same key as {@link #beginLocked}, for non-transactional
     * revisions; the wait is bounded by lock_timeout, which is reset at once so the revision's own
     * statements are not bounded by it.
     */
    @Override
    public List<String> sessionLock(Duration lockTimeout, long lockKey) {
        return List.of("SET lock_timeout = '" + Math.max(1, lockTimeout.toMillis()) + "ms'",
                "SELECT pg_advisory_lock(" + lockKey + ")", "RESET lock_timeout");
    }

    @Override
    public List<String> sessionUnlock(long lockKey) {
        return List.of("SELECT pg_advisory_unlock(" + lockKey + ")", "RESET lock_timeout");
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
