package io.retort.dialect.sqlite;

import io.retort.dialect.Dialect;
import io.retort.operation.Operation;
import io.retort.schema.CheckConstraint;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.Index;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.sql.SQLException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SQLite: ALTER TABLE where it can, a table rebuild where it cannot, introspection through
 * {@code sqlite_master} and the table-valued pragmas, and the database's own write lock as the
 * migration lock ({@code BEGIN IMMEDIATE}).
 */
public final class SqliteDialect implements Dialect {

    /** The dialect's name, as revisions see it in {@code op.dialect()}. */
    public static final String NAME = "sqlite";

    private static final int SQLITE_BUSY = 5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String quote(String identifier) {
        return SqliteDdl.quote(identifier);
    }

    @Override
    public String literal(String value) {
        return SqliteDdl.literal(value);
    }

    @Override
    public String placeholder(int index) {
        return "?";
    }

    @Override
    public List<String> render(Operation operation, Schema before) {
        return operation.accept(new SqliteRenderer(before));
    }

    @Override
    public Uni<Schema> introspect(SqlClient client, Set<String> excludedTables) {
        return SqliteInspector.introspect(client, excludedTables);
    }

    /**
     * Comments dropped (SQLite has none), types folded to what their declared text reads back as,
     * identity kept only where SQLite can have it (an INTEGER PRIMARY KEY AUTOINCREMENT), defaults
     * and expressions normalized by {@link SqliteExpressions}. Sequences are dropped: SQLite has none,
     * renders nothing for {@code CreateSequence}, and so never reports one back.
     */
    @Override
    public Schema canonical(Schema schema) {
        return Schema.of(schema.tables().values().stream().map(SqliteDialect::canonical).toList(), List.of());
    }

    private static Table canonical(Table table) {
        Column identity = SqliteDdl.inlineIdentity(table);
        List<Column> columns = table.columns().stream().map(c -> new Column(c.name(),
                c == identity ? ColumnType.of(ColumnType.Kind.INTEGER) : SqliteTypes.canonical(c.type()),
                c.nullable(), SqliteExpressions.normalizeDefault(c.serverDefault()), null, c == identity)).toList();
        return new Table(table.name(), columns, table.primaryKey(), table.uniques(), table.foreignKeys(),
                table.checks().stream().map(c -> new CheckConstraint(c.name(), SqliteExpressions.normalize(c.expression()))).toList(),
                table.indexes().stream().map(i -> i.withWhere(SqliteExpressions.normalize(i.where()))).toList(),
                null);
    }

    /**
     * The busy timeout makes {@code BEGIN IMMEDIATE} wait for another writer up to {@code lockTimeout}.
     * Foreign keys are switched off for the session because a table rebuild drops a table other
     * tables may reference: with enforcement on, that DROP would delete or refuse their rows. The
     * pragma is a no-op inside a transaction, hence here and not in the migration transaction.
     */
    @Override
    public List<String> sessionSetup(Duration lockTimeout) {
        return List.of("PRAGMA busy_timeout = " + Math.max(0, lockTimeout.toMillis()), "PRAGMA foreign_keys = OFF");
    }

    /**
     * Foreign keys are enforced again once the migrations are done: the pool's connections are the
     * application's, and an application on SQLite wants its ON DELETE rules (SQLite's default of
     * not enforcing them is a compatibility quirk). The pragma does nothing inside a transaction, so
     * the guard after it checks that it took.
     */
    @Override
    public List<String> sessionTeardown() {
        return List.of("PRAGMA foreign_keys = ON", GUARD + "'foreign keys are still off (is a transaction still open?)'"
                + " FROM pragma_foreign_keys WHERE foreign_keys = 0");
    }

    /**
     * SQLite's write lock is the migration lock: IMMEDIATE takes it at once (waiting up to the busy
     * timeout), so two processes cannot both plan from the same version row. {@code lockKey} is not
     * needed: there is one writer per database file.
     */
    @Override
    public List<String> beginLocked(Duration lockTimeout, long lockKey) {
        return List.of("BEGIN IMMEDIATE");
    }

    /**
     * An {@code org.sqlite.SQLiteException} with result code SQLITE_BUSY or one of its extended
     * codes (its SQL error code is the primary code), anywhere in the cause chain; or the driver's
     * "database is locked" message when a wrapper lost the exception type.
     */
    @Override
    public boolean isLockTimeout(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof SQLException && t.getClass().getName().startsWith("org.sqlite.")
                    && (((SQLException) t).getErrorCode() & 0xff) == SQLITE_BUSY) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("database is locked")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Foreign keys are off on the migration connection (see {@link #sessionSetup}), so SQLite checks
     * nothing while a revision runs: the revision is checked as a whole before it commits.
     */
    @Override
    public Optional<String> foreignKeyCheck() {
        return Optional.of("PRAGMA foreign_key_check");
    }

    /**
     * Always: SQLite's migration lock is its write transaction, so outside one two processes could
     * both run a revision. What a non-transactional revision is for (PostgreSQL's CREATE INDEX
     * CONCURRENTLY) has no SQLite counterpart that needs it; a statement SQLite cannot run in a
     * transaction (VACUUM) fails with SQLite's own message and nothing is applied.
     */
    @Override
    public boolean runsInTransaction(boolean declaredTransactional) {
        return true;
    }

    @Override
    public String tableExistsQuery(String table) {
        return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = " + literal(table);
    }

    @Override
    public String createVersionTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + quote(table) + " (" + quote("version_num") + " VARCHAR(64) NOT NULL, CONSTRAINT "
                + quote(table + "_pkc") + " PRIMARY KEY (" + quote("version_num") + "))";
    }

    /** SQLite knows no database user, so {@code applied_by} is left for the engine to fill or leave NULL. */
    @Override
    public String createHistoryTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + quote(table) + " ("
                + quote("id") + " INTEGER PRIMARY KEY AUTOINCREMENT, "
                + quote("revision") + " VARCHAR(64) NOT NULL, "
                + quote("direction") + " VARCHAR(16) NOT NULL, "
                + quote("message") + " TEXT, "
                + quote("checksum") + " VARCHAR(64), "
                + quote("applied_at") + " TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                + quote("duration_ms") + " BIGINT NOT NULL, "
                + quote("applied_by") + " VARCHAR(128))";
    }
}
