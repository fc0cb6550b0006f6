package io.retort.dialect.mariadb;

import io.retort.dialect.Dialect;
import io.retort.operation.Operation;
import io.retort.schema.ColumnType;
import io.retort.schema.Schema;
import io.smallrye.mutiny.Uni;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * MariaDB (10.6 and later) through the reactive MySQL client. Its DDL commits as it goes, so a
 * revision cannot be one transaction: each statement is recorded in the progress table as it runs,
 * and a revision that stopped part way resumes from there ({@link #createProgressTable},
 * {@link #rerunnable}). The migration lock is {@code GET_LOCK}, held by the migration's own
 * connection for the whole run and released when it ends or the connection drops.
 */
public final class MariaDbDialect implements Dialect {

    public static final String NAME = "mariadb";

    /** MariaDB's limit on a name's length, in characters. */
    public static final int MAX_IDENTIFIER_LENGTH = 64;

    /** What MariaDB calls every primary key, whatever name it was given. */
    static final String PRIMARY_KEY_NAME = "PRIMARY";

    /** ER_LOCK_WAIT_TIMEOUT: a row or metadata lock was not had within the wait timeout. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    /** Server shutdown, connection killed, and the client's "server has gone away" / "lost connection". */
    private static final Set<Integer> CONNECTION_LOST = Set.of(1053, 1927, 2006, 2013);

    /** Statements that take part in a transaction; every other one commits implicitly. */
    private static final Set<String> TRANSACTIONAL = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "SELECT", "WITH");

    private final MariaDbInspector inspector = new MariaDbInspector(this);

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Backticks {@code identifier}. A name over 64 characters is refused here rather than by the
     * server half way through a revision.
     */
    @Override
    public String quote(String identifier) {
        if (identifier.codePointCount(0, identifier.length()) > MAX_IDENTIFIER_LENGTH) {
            throw new IllegalArgumentException("The name \"" + identifier + "\" is longer than MariaDB's " + MAX_IDENTIFIER_LENGTH
                    + "-character limit; choose a shorter name (io.retort.schema.Names shortens constraint and index names for you)");
        }
        return backticked(identifier);
    }

    static String backticked(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /**
     * A string literal that reads the same whatever the server's sql_mode: a value holding a
     * backslash (an escape, unless NO_BACKSLASH_ESCAPES is on) is written as its UTF-8 bytes in hex.
     */
    @Override
    public String literal(String value) {
        if (value.indexOf('\\') >= 0) {
            StringBuilder hex = new StringBuilder("_utf8mb4 X'");
            for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
                hex.append(String.format("%02X", b));
            }
            return hex.append('\'').toString();
        }
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public String placeholder(int index) {
        return "?";
    }

    @Override
    public List<String> render(Operation operation, Schema before) {
        return operation.accept(new MariaDbRenderer(this, before));
    }

    /** MariaDB's own type names read as portable kinds where they are the same type ({@code varchar(20)}, {@code datetime(6)}). */
    @Override
    public ColumnType typeOf(String sql) {
        return MariaDbTypes.fromSql(sql);
    }

    @Override
    public Uni<Schema> introspect(SqlClient client, Set<String> excludedTables) {
        return inspector.introspect(client, excludedTables);
    }

    /** Queries issued by {@link #introspect} so far: at most {@link MariaDbInspector#MOST_QUERIES_PER_INTROSPECTION} per call. */
    public long introspectionQueries() {
        return inspector.queriesIssued();
    }

    @Override
    public Schema canonical(Schema schema) {
        return MariaDbCanonicalizer.canonical(schema);
    }

    @Override
    public List<String> sessionSetup(Duration lockTimeout) {
        return List.of();
    }

    /** The timeouts a revision's statements set for the session, back to the server's defaults. */
    @Override
    public List<String> sessionTeardown() {
        return List.of("SET SESSION lock_wait_timeout = DEFAULT, innodb_lock_wait_timeout = DEFAULT, max_statement_time = DEFAULT");
    }

    /**
     * For the session, since DDL runs outside any transaction here: how long a statement waits for a
     * table's metadata lock (and a row lock), in whole seconds, rounded up (MariaDB counts no
     * less), and how long it may run (0: no limit). The session's defaults come back when the
     * migration ends ({@link #sessionTeardown}).
     */
    @Override
    public List<String> statementTimeouts(Duration lockTimeout, Duration statementTimeout) {
        long seconds = Math.max(1, (lockTimeout.toMillis() + 999) / 1000);
        return List.of("SET SESSION lock_wait_timeout = " + seconds + ", innodb_lock_wait_timeout = " + seconds
                + ", max_statement_time = " + String.format(Locale.ROOT, "%.3f", statementTimeout.toMillis() / 1000.0));
    }

    /**
     * The other sessions with an open transaction, the usual holders of a table's metadata lock (a
     * read in a transaction holds it until the transaction ends). MariaDB names the lock's holders per
     * table only with the METADATA_LOCK_INFO plugin, which a server need not have.
     */
    @Override
    public Optional<String> lockHoldersQuery(Collection<String> tables) {
        return Optional.of("SELECT p.ID AS pid, IF(p.COMMAND = 'Sleep', 'idle in transaction', p.COMMAND) AS state,"
                + " DATE_FORMAT(t.trx_started, '%Y-%m-%d %H:%i:%s') AS since, LEFT(COALESCE(p.INFO, '(between statements)'), 200) AS query,"
                + " 'an open transaction' AS mode, DATABASE() AS relation FROM information_schema.INNODB_TRX t"
                + " JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id WHERE p.ID <> CONNECTION_ID()"
                + " ORDER BY t.trx_started, p.ID");
    }

    /**
     * A transaction for the version rows, then one try at the lock, which this connection keeps
     * once it has it (a second GET_LOCK on it would count twice): the engine tries again until the
     * lock timeout ({@link #triesLock}). GET_LOCK names are server-wide, so the name carries the
     * database's.
     */
    @Override
    public List<String> beginLocked(Duration lockTimeout, long lockKey) {
        return List.of("START TRANSACTION", "SELECT IF(IS_USED_LOCK(" + lockName(lockKey) + ") <=> CONNECTION_ID(), TRUE, GET_LOCK("
                + lockName(lockKey) + ", 0) <=> 1)");
    }

    @Override
    public boolean triesLock() {
        return true;
    }

    @Override
    public List<String> releaseLock(long lockKey) {
        return List.of("DO RELEASE_LOCK(" + lockName(lockKey) + ")");
    }

    private static String lockName(long lockKey) {
        return "LEFT(CONCAT('retort.', " + lockKey + ", '.', DATABASE()), 64)";
    }

    @Override
    public Optional<String> createProgressTable(String table) {
        return Optional.of("CREATE TABLE IF NOT EXISTS " + quote(table) + " (revision VARCHAR(64) NOT NULL, direction VARCHAR(16) NOT NULL,"
                + " ordinal INT NOT NULL, statement LONGTEXT NOT NULL, state VARCHAR(8) NOT NULL,"
                + " PRIMARY KEY (revision, direction, ordinal))");
    }

    /** DDL (everything but data statements) commits the transaction before and after it runs. */
    @Override
    public boolean commitsImplicitly(String statement) {
        return !TRANSACTIONAL.contains(firstWord(statement));
    }

    @Override
    public Optional<String> rerunnable(String statement) {
        return MariaDbReruns.rerunnable(statement);
    }

    private static String firstWord(String statement) {
        String rest = statement.strip();
        while (rest.startsWith("/*") || rest.startsWith("--") || rest.startsWith("#") || rest.startsWith("(")) {
            int end = rest.startsWith("/*") ? rest.indexOf("*/") + 2 : rest.startsWith("(") ? 1 : rest.indexOf('\n') + 1;
            rest = end <= 0 ? "" : rest.substring(end).strip();
        }
        int end = 0;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
            end++;
        }
        return rest.substring(0, end).toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean isLockTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MySQLException mysql && mysql.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isConnectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MySQLException mysql && CONNECTION_LOST.contains(mysql.getErrorCode())) {
                return true;
            }
        }
        return Dialect.super.isConnectionLost(failure);
    }

    @Override
    public String tableExistsQuery(String table) {
        return "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = " + literal(table);
    }

    @Override
    public String createVersionTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + quote(table) + " (version_num VARCHAR(64) NOT NULL, PRIMARY KEY (version_num))";
    }

    /** {@code applied_at} in UTC (a DATETIME keeps no zone), {@code applied_by} the account that ran the statement. */
    @Override
    public String createHistoryTable(String table) {
        return "CREATE TABLE IF NOT EXISTS " + quote(table) + " ("
                + "id BIGINT AUTO_INCREMENT NOT NULL, "
                + "revision VARCHAR(64) NOT NULL, "
                + "direction VARCHAR(16) NOT NULL, "
                + "message LONGTEXT, "
                + "checksum VARCHAR(64), "
                + "applied_at DATETIME(6) DEFAULT (UTC_TIMESTAMP(6)) NOT NULL, "
                + "duration_ms BIGINT NOT NULL, "
                + "applied_by VARCHAR(128) DEFAULT (CURRENT_USER()), "
                + "PRIMARY KEY (id))";
    }
}
