package io.retort.dialect;

import io.retort.operation.Operation;
import io.retort.schema.ColumnType;
import io.retort.schema.Schema;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything Retort does differently per database: rendering operations to SQL, reading a live
 * schema back, the version tables' DDL, transactions and the migration lock. One implementation per
 * package ({@code postgres}, {@code sqlite}); adding a database means adding a package.
 */
public interface Dialect {

    /**
     * The start of a guard statement a dialect may render among an operation's statements: a query
     * that returns no row when all is well, and otherwise one row whose first column says what is
     * wrong. The engine fails the revision (rolling it back) with that sentence.
     */
    String GUARD = "SELECT /* retort:guard */ ";

    /**
     * The start of a query whose rows are statements (first column) the engine runs next, in order:
     * how a dialect re-creates what only the live database knows, such as the triggers and indexes raw
     * SQL put on a table SQLite rebuilds, which no rendering from the replayed schema can see.
     */
    String STATEMENTS_FROM = "SELECT /* retort:statements */ ";

    /** The dialect's name as revisions see it in {@code op.dialect()}: {@code postgresql}, {@code sqlite}. */
    String name();

    /** The identifier quoted for this database, whatever its case or characters ({@code "Order Lines"}). */
    String quote(String identifier);

    /** A string literal for this database, for offline SQL ({@code 'it''s'}). */
    String literal(String value);

    /** The bind-parameter marker for the 1-based {@code index}: {@code $1} or {@code ?}. */
    String placeholder(int index);

    /**
     * The statements that apply {@code operation} to a database whose schema is {@code before}, in
     * order. SQLite rebuilds a table here when ALTER TABLE cannot do the job.
     */
    List<String> render(Operation operation, Schema before);

    /**
     * The column type a type text stands for here, as written verbatim (in Hibernate's DDL, a
     * columnDefinition): a portable kind where it is the same type on this database
     * ({@code varchar(20)}), raw otherwise.
     */
    default ColumnType typeOf(String sql) {
        return ColumnType.raw(sql);
    }

    /** Reads the live schema, leaving out the named tables (Retort's own version and history tables). */
    Uni<Schema> introspect(SqlClient client, Set<String> excludedTables);

    /**
     * The schema as this database would report it back: types it does not distinguish folded
     * together, defaults and expressions normalized, what it cannot store (comments on SQLite)
     * dropped. Two schemas are the same on this database when their canonical forms are equal.
     */
    Schema canonical(Schema schema);

    /** Statements run once on a connection before any migration transaction (SQLite's busy timeout). */
    List<String> sessionSetup(Duration lockTimeout);

    /** Statements run on the connection when the migration session ends, to hand it back as the application expects it. */
    default List<String> sessionTeardown() {
        return List.of();
    }

    /**
     * Opens a migration transaction and takes the migration lock inside it, so the lock is released
     * with the transaction (safe behind a transaction-pooling proxy). {@code lockKey} identifies the
     * version table being guarded.
     */
    List<String> beginLocked(Duration lockTimeout, long lockKey);

    /**
     * Whether the client sends a connection's next statement before the previous one answers (the
     * PostgreSQL client does, in order): statements whose results nobody waits on then cost one
     * round trip together instead of one each.
     */
    default boolean pipelines() {
        return false;
    }

    /**
     * Whether several statements can go to the database as one query string, run in order, the
     * first error stopping the rest (PostgreSQL's simple query protocol): Retort's own bookkeeping
     * then costs one request per transaction.
     */
    default boolean multiStatementQueries() {
        return false;
    }

    /**
     * Whether several revision transactions can go to the database in one query string, each guarded
     * by {@link #beginChained} (PostgreSQL's simple query protocol); false by default.
     */
    default boolean chainsTransactions() {
        return false;
    }

    /**
     * The statements opening one of several revision transactions sent together in one query string
     * (see {@code ChainedSteps}): the transaction, then a guard that fails it unless the migration
     * lock is taken and the version rows are exactly {@code expectedRows}. Only where
     * {@link #chainsTransactions()}.
     */
    default List<String> beginChained(long lockKey, String versionTable, Set<String> expectedRows) {
        throw new UnsupportedOperationException(name() + " does not chain revision transactions");
    }

    /** An SQL expression for the milliseconds since the current transaction began; used with {@link #beginChained}. */
    default String transactionMillis() {
        throw new UnsupportedOperationException(name() + " does not chain revision transactions");
    }

    /**
     * A query run inside a revision's transaction after its statements, whose rows are references to
     * missing parents ({@code table}, {@code rowid}, {@code parent}); empty where the database checks
     * foreign keys as it goes.
     */
    default Optional<String> foreignKeyCheck() {
        return Optional.empty();
    }

    /**
     * Whether a revision runs inside a transaction here, given what it declares
     * ({@code @Revision(transactional = false)} for statements such as CREATE INDEX CONCURRENTLY).
     */
    default boolean runsInTransaction(boolean declaredTransactional) {
        return declaredTransactional;
    }

    /** Whether {@code failure} means the lock (or the database's write lock) was not had in time. */
    boolean isLockTimeout(Throwable failure);

    /**
     * Statements that bound, inside a revision's transaction, how long each of its statements may
     * wait for a table lock and run; none where the database has no such settings.
     */
    default List<String> statementTimeouts(Duration lockTimeout, Duration statementTimeout) {
        return List.of();
    }

    /**
     * A query whose rows ({@code pid}, {@code state}, {@code since}, {@code query}, {@code relation},
     * {@code mode}) are the other sessions holding locks on the given tables: who a revision that
     * timed out waiting for a lock was waiting for. Empty where the database cannot say.
     */
    default Optional<String> lockHoldersQuery(Collection<String> tables) {
        return Optional.empty();
    }

    /** The table's name as statements outside a migration transaction must write it (schema-qualified where one is configured). */
    default String qualifiedName(String table) {
        return quote(table);
    }

    /** A query that returns a row when {@code table} exists where Retort keeps its tables, and none otherwise. */
    String tableExistsQuery(String table);

    /**
     * Whether the last statement of {@link #beginLocked} only tries the lock, answering one row
     * whose first column says whether it was taken; the engine then rolls back and tries again in a
     * new transaction until the lock timeout. Otherwise beginLocked waits for the lock itself.
     */
    default boolean triesLock() {
        return false;
    }

    /** Statements run on the connection a non-transactional revision's statements use, before them (outside any transaction). */
    default List<String> outsideTransactionSetup() {
        return List.of();
    }

    /** Statements run on that connection after them, handing it back to the pool as it was. */
    default List<String> outsideTransactionTeardown() {
        return List.of();
    }

    /** Statements at the top of an offline script, before anything else (the schema to work in). */
    default List<String> scriptPreamble() {
        return List.of();
    }

    /**
     * A query whose rows ({@code name}, {@code qualified}) are the indexes left INVALID where Retort
     * works (by a CREATE INDEX CONCURRENTLY that failed or whose process died); empty where a
     * database has no such state.
     */
    default Optional<String> invalidIndexesQuery() {
        return Optional.empty();
    }

    /**
     * Whether {@code failure} means the connection was lost rather than a statement refused, told
     * by the database's error codes and the client's exception types, never by message words.
     */
    default boolean isConnectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // The client saw the connection close, or the socket fail under it (a proxy dropping the client).
            if (cause instanceof io.vertx.sqlclient.ClosedConnectionException || cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What tells apart several Retort setups in one database besides their version table (the
     * schema on PostgreSQL); part of the lock key.
     */
    default String lockScope() {
        return "";
    }

    /**
     * Statements run as the migration session ends, whatever happened, releasing a lock the
     * connection holds for the session ({@code GET_LOCK} on MariaDB); none where the lock ends with
     * each transaction.
     */
    default List<String> releaseLock(long lockKey) {
        return List.of();
    }

    /**
     * DDL creating the progress table if it does not exist, on a database whose DDL commits as it
     * goes (MariaDB): a revision's statements are then recorded there one by one as they run, and a
     * revision that stopped part way goes on from where it stopped. Empty where a revision is one
     * transaction.
     */
    default Optional<String> createProgressTable(String table) {
        return Optional.empty();
    }

    /** Whether {@code statement} commits on its own here (DDL on MariaDB), rather than inside the transaction around it. */
    default boolean commitsImplicitly(String statement) {
        return false;
    }

    /**
     * {@code statement} (one this dialect rendered) in a form that does no harm when it already ran
     * ({@code IF NOT EXISTS}), for the statement that was running when a process died; empty when
     * there is none, and the user has to say whether it ran.
     */
    default Optional<String> rerunnable(String statement) {
        return Optional.empty();
    }

    /** DDL creating the version table (column {@code version_num}) if it does not exist. */
    String createVersionTable(String table);

    /** DDL creating the history table if it does not exist. */
    String createHistoryTable(String table);
}
