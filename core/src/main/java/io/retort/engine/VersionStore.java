package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.revision.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SQL of Retort's own tables: {@code retort_version} (one row per current head) and
 * {@code retort_history} (every applied, unapplied or stamped revision).
 */
final class VersionStore {

    private final Dialect dialect;
    private final String versionTable;
    private final String historyTable;
    private final String progressTable;
    private final String digestTable;
    private final long lockKey;

    VersionStore(Dialect dialect, RetortOptions options) {
        this.dialect = dialect;
        this.versionTable = options.versionTable();
        this.historyTable = options.historyTable();
        this.progressTable = options.progressTable();
        this.digestTable = options.digestTable();
        this.lockKey = options.lockKey(dialect.lockScope());
    }

    Dialect dialect() {
        return dialect;
    }

    long lockKey() {
        return lockKey;
    }

    /** Retort's own tables, which introspection leaves out. */
    Set<String> tables() {
        return recordsProgress() ? Set.of(versionTable, historyTable, digestTable, progressTable)
                : Set.of(versionTable, historyTable, digestTable);
    }

    List<String> createTables() {
        // Not the digest table: an offline script writes no digest; the first start creates it.
        List<String> statements = new ArrayList<>(List.of(dialect.createVersionTable(versionTable), dialect.createHistoryTable(historyTable)));
        dialect.createProgressTable(progressTable).ifPresent(statements::add);
        return statements;
    }

    String digestTable() {
        return digestTable;
    }

    /** Plain SQL every supported database takes alike: it holds one row, read by key-less select. */
    String createDigestTable() {
        return "CREATE TABLE IF NOT EXISTS " + dialect.qualifiedName(digestTable) + " (history_id BIGINT NOT NULL, digest VARCHAR(64) NOT NULL)";
    }

    /** The digest as last verified, the history row it was verified at, and the newest history row now, in one row. */
    String selectDigest() {
        return "SELECT digest, history_id, (SELECT MAX(id) FROM " + dialect.qualifiedName(historyTable) + ") FROM "
                + dialect.qualifiedName(digestTable);
    }

    /** Replaces the digest row: {@code digest} (hex) verified at the newest history row. */
    List<SqlStatement> writeDigest(String digest) {
        return List.of(SqlStatement.of("DELETE FROM " + dialect.qualifiedName(digestTable)),
                SqlStatement.of("INSERT INTO " + dialect.qualifiedName(digestTable) + " (history_id, digest) SELECT COALESCE(MAX(id), 0), "
                        + dialect.literal(digest) + " FROM " + dialect.qualifiedName(historyTable)));
    }

    /** Whether revisions record their progress statement by statement here (DDL that commits as it goes). */
    boolean recordsProgress() {
        return dialect.createProgressTable(progressTable).isPresent();
    }

    String progressTable() {
        return progressTable;
    }

    String selectProgress() {
        return "SELECT revision, direction, ordinal, statement, state FROM " + dialect.qualifiedName(progressTable)
                + " ORDER BY revision, direction, ordinal";
    }

    SqlStatement progressStarted(String revision, String direction, int ordinal, String statement) {
        return new SqlStatement("INSERT INTO " + dialect.qualifiedName(progressTable) + " (revision, direction, ordinal, statement, state)"
                + " VALUES (" + String.join(", ", placeholders(4)) + ", 'started')", Arrays.asList(revision, direction, ordinal, statement));
    }

    SqlStatement progressDone(String revision, String direction, int ordinal) {
        return new SqlStatement("UPDATE " + dialect.qualifiedName(progressTable) + " SET state = 'done' WHERE revision = "
                + dialect.placeholder(1) + " AND direction = " + dialect.placeholder(2) + " AND ordinal = " + dialect.placeholder(3),
                Arrays.asList(revision, direction, ordinal));
    }

    /** Forgets one statement's row: it changed nothing (it failed, or the user says it did not run). */
    SqlStatement progressForget(String revision, String direction, int ordinal) {
        return new SqlStatement("DELETE FROM " + dialect.qualifiedName(progressTable) + " WHERE revision = " + dialect.placeholder(1)
                + " AND direction = " + dialect.placeholder(2) + " AND ordinal = " + dialect.placeholder(3),
                Arrays.asList(revision, direction, ordinal));
    }

    /** Forgets a step's progress once its version rows record it. */
    SqlStatement progressClear(String revision, String direction) {
        return new SqlStatement("DELETE FROM " + dialect.qualifiedName(progressTable) + " WHERE revision = " + dialect.placeholder(1)
                + " AND direction = " + dialect.placeholder(2), Arrays.asList(revision, direction));
    }

    String selectRows() {
        return "SELECT version_num FROM " + dialect.qualifiedName(versionTable);
    }

    /** Only what the checksum check reads: decoding timestamps costs a cold start noticeably. */
    String selectChecksums() {
        return "SELECT revision, direction, checksum FROM " + dialect.qualifiedName(historyTable) + " ORDER BY id";
    }

    String selectHistory() {
        return "SELECT id, revision, direction, message, checksum, applied_at, duration_ms, applied_by FROM "
                + dialect.qualifiedName(historyTable) + " ORDER BY id";
    }

    /** The row changes taking the version table from {@code before} to {@code after}, deletes first. */
    List<SqlStatement> moveRows(Set<String> before, Set<String> after) {
        List<SqlStatement> statements = new ArrayList<>();
        for (String gone : new TreeSet<>(before)) {
            if (!after.contains(gone)) {
                statements.add(new SqlStatement("DELETE FROM " + dialect.qualifiedName(versionTable) + " WHERE version_num = "
                        + dialect.placeholder(1), List.of(gone)));
            }
        }
        for (String added : new TreeSet<>(after)) {
            if (!before.contains(added)) {
                statements.add(new SqlStatement("INSERT INTO " + dialect.qualifiedName(versionTable) + " (version_num) VALUES ("
                        + dialect.placeholder(1) + ")", List.of(added)));
            }
        }
        return statements;
    }

    SqlStatement deleteAllRows() {
        return SqlStatement.of("DELETE FROM " + dialect.qualifiedName(versionTable));
    }

    SqlStatement recordHistory(String revision, String direction, String message, String checksum, long durationMillis) {
        return new SqlStatement("INSERT INTO " + dialect.qualifiedName(historyTable)
                + " (revision, direction, message, checksum, duration_ms) VALUES ("
                + String.join(", ", placeholders(5)) + ")",
                Arrays.asList(revision, direction, message, checksum, durationMillis));
    }

    /**
     * The history row as an inline statement whose duration the server computes ({@code durationExpression}),
     * returning it: for steps sent together, whose times the client cannot take one by one.
     */
    String recordHistoryTimed(String revision, String direction, String message, String checksum, String durationExpression) {
        return "INSERT INTO " + dialect.qualifiedName(historyTable) + " (revision, direction, message, checksum, duration_ms) VALUES ("
                + dialect.literal(revision) + ", " + dialect.literal(direction) + ", " + (message == null ? "NULL" : dialect.literal(message))
                + ", " + (checksum == null ? "NULL" : dialect.literal(checksum)) + ", " + durationExpression + ") RETURNING duration_ms";
    }

    /** The newest {@code count} history rows' revision and duration, newest first. */
    String selectLatestDurations(int count) {
        return "SELECT revision, duration_ms FROM " + dialect.qualifiedName(historyTable) + " ORDER BY id DESC LIMIT " + count;
    }

    /** Replaces a recorded checksum of {@code revision} (only rows that still hold {@code from}). */
    SqlStatement rewriteChecksum(String revision, String from, String to) {
        return new SqlStatement("UPDATE " + dialect.qualifiedName(historyTable) + " SET checksum = " + dialect.placeholder(1)
                + " WHERE revision = " + dialect.placeholder(2) + " AND checksum = " + dialect.placeholder(3), List.of(to, revision, from));
    }

    static String direction(Direction direction) {
        return direction == Direction.UPGRADE ? "upgrade" : "downgrade";
    }

    /** The statement with its parameters written as literals, for offline SQL scripts. */
    String inline(SqlStatement statement) {
        // One pass over our own template: a literal put in place is never scanned again, so a
        // message containing "$1" or "?" stays as written.
        String sql = statement.sql();
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int at = 0; at < sql.length(); at++) {
            char c = sql.charAt(at);
            int index;
            if (c == '"' || c == '\'' || c == '`') {
                // A quoted identifier (a table named "h?x") or literal in the template is copied as it is.
                int end = sql.indexOf(c, at + 1);
                while (end > 0 && end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                    end = sql.indexOf(c, end + 2);
                }
                end = end < 0 ? sql.length() - 1 : end;
                out.append(sql, at, end + 1);
                at = end;
                continue;
            }
            if (c == '?') {
                index = next++;
            } else if (c == '$' && at + 1 < sql.length() && Character.isDigit(sql.charAt(at + 1))) {
                int end = at + 1;
                while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                index = Integer.parseInt(sql.substring(at + 1, end));
                at = end - 1;
            } else {
                out.append(c);
                continue;
            }
            out.append(literal(statement.parameters().get(index - 1)));
        }
        return out.toString();
    }

    private String literal(Object value) {
        return value == null ? "NULL" : value instanceof Number ? value.toString() : dialect.literal(value.toString());
    }

    private List<String> placeholders(int count) {
        List<String> markers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            markers.add(dialect.placeholder(i));
        }
        return markers;
    }
}
