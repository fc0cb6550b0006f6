package io.retort.engine;

import io.retort.schema.Names;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How the engine runs: table names, lock timeout, what to do about edited revisions, the timeouts
 * of the revisions' own statements.
 * {@code lockTimeoutSetting} is the name of the setting users change to raise the timeout, quoted in
 * the lock error ({@code quarkus.retort.lock-timeout} under Quarkus).
 */
public record RetortOptions(String versionTable, String historyTable, Duration lockTimeout, ChecksumPolicy checksumPolicy,
        String lockTimeoutSetting, DdlTimeouts ddl, int chainedSteps) {

    /** What to do when an applied revision's SQL no longer matches its recorded checksum. */
    public enum ChecksumPolicy {
        /** Refuse to migrate until the revision is restored or the checksum is accepted. */
        FAIL,
        /** Log a warning and go on. */
        WARN,
        /** Do not compare checksums. */
        IGNORE
    }

    public static final String DEFAULT_VERSION_TABLE = "retort_version";
    public static final String DEFAULT_HISTORY_TABLE = "retort_history";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    /** Revisions sent to PostgreSQL in one request, each its own transaction (see the docs on running migrations). */
    public static final int DEFAULT_CHAINED_STEPS = Integer.parseInt(io.retort.app.RetortDefaults.REVISIONS_PER_REQUEST);

    public RetortOptions {
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(historyTable, "historyTable");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(checksumPolicy, "checksumPolicy");
        if (versionTable.isBlank() || historyTable.isBlank()) {
            throw new IllegalArgumentException("The version and history table names must not be blank");
        }
        if (versionTable.equals(historyTable)) {
            throw new IllegalArgumentException("The version and history tables must have different names, both are '" + versionTable + "'");
        }
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("The lock timeout must be positive, was " + lockTimeout);
        }
        lockTimeoutSetting = lockTimeoutSetting == null ? "the lock timeout (RetortOptions.lockTimeout)" : lockTimeoutSetting;
        ddl = ddl == null ? DdlTimeouts.DEFAULTS : ddl;
        if (chainedSteps < 1) {
            throw new IllegalArgumentException("At least one revision goes per request, was " + chainedSteps);
        }
    }

    public RetortOptions(String versionTable, String historyTable, Duration lockTimeout, ChecksumPolicy checksumPolicy,
            String lockTimeoutSetting, DdlTimeouts ddl) {
        this(versionTable, historyTable, lockTimeout, checksumPolicy, lockTimeoutSetting, ddl, DEFAULT_CHAINED_STEPS);
    }

    public static RetortOptions defaults() {
        return new RetortOptions(DEFAULT_VERSION_TABLE, DEFAULT_HISTORY_TABLE, DEFAULT_LOCK_TIMEOUT, ChecksumPolicy.FAIL, null, DdlTimeouts.DEFAULTS);
    }

    /**
     * The PostgreSQL advisory-lock key Retort takes while migrating, stable per version table so two
     * Retort setups in one database do not block each other; find its holder with
     * {@code SELECT pid FROM pg_locks WHERE locktype = 'advisory'}.
     */
    public long lockKey() {
        return lockKey("");
    }

    /**
     * The key for a setup in {@code scope} (a PostgreSQL schema; empty for the connection's default
     * one, which keeps the key of {@link #lockKey()}): tenants in separate schemas of one database
     * migrate without waiting for each other.
     */
    public long lockKey(String scope) {
        String name = scope.isEmpty() ? versionTable : scope + "." + versionTable;
        byte[] digest = HexFormat.of().parseHex(Names.sha256("retort:" + name));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }

    /**
     * The progress table, on databases whose DDL commits as it goes: the version table's name with
     * {@code version} at its end as {@code progress} ({@code retort_progress}), else with
     * {@code _progress} added.
     */
    public String progressTable() {
        return versionTable.endsWith("version")
                ? versionTable.substring(0, versionTable.length() - "version".length()) + "progress"
                : versionTable + "_progress";
    }

    /**
     * The digest table: one row, the digest of the applied chain as last verified and the history row
     * it was verified at ({@code retort_digest}, named like {@link #progressTable()}). A start at
     * head compares it with the build's digest instead of reading every recorded checksum.
     */
    public String digestTable() {
        return versionTable.endsWith("version")
                ? versionTable.substring(0, versionTable.length() - "version".length()) + "digest"
                : versionTable + "_digest";
    }

    public RetortOptions withTables(String version, String history) {
        return new RetortOptions(version, history, lockTimeout, checksumPolicy, lockTimeoutSetting, ddl, chainedSteps);
    }

    public RetortOptions withLockTimeout(Duration timeout) {
        return new RetortOptions(versionTable, historyTable, timeout, checksumPolicy, lockTimeoutSetting, ddl, chainedSteps);
    }

    public RetortOptions withChecksumPolicy(ChecksumPolicy policy) {
        return new RetortOptions(versionTable, historyTable, lockTimeout, policy, lockTimeoutSetting, ddl, chainedSteps);
    }

    public RetortOptions withLockTimeoutSetting(String setting) {
        return new RetortOptions(versionTable, historyTable, lockTimeout, checksumPolicy, setting, ddl, chainedSteps);
    }

    /** The timeouts a revision's statements run under on PostgreSQL and MariaDB (see {@link DdlTimeouts}). */
    public RetortOptions withDdl(DdlTimeouts timeouts) {
        return new RetortOptions(versionTable, historyTable, lockTimeout, checksumPolicy, lockTimeoutSetting, timeouts, chainedSteps);
    }

    /** At most {@code steps} revisions per request on PostgreSQL (1: each revision with its own requests). */
    public RetortOptions withChainedSteps(int steps) {
        return new RetortOptions(versionTable, historyTable, lockTimeout, checksumPolicy, lockTimeoutSetting, ddl, steps);
    }
}
