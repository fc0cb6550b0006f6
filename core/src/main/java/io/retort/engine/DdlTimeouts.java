package io.retort.engine;

import io.retort.app.Durations;
import io.retort.app.RetortDefaults;
import java.time.Duration;

/**
 * How long a revision's statements may wait and run on PostgreSQL and MariaDB, apart from how long Retort waits
 * for its own migration lock: {@code lockTimeout} bounds each wait for a table lock (an ALTER queued
 * behind a long transaction blocks every query on that table while it waits), {@code statementTimeout}
 * each statement ({@link Duration#ZERO}: no limit). A revision that hit the lock timeout is rolled
 * back and tried again up to {@code lockRetries} times, pausing {@code firstPause}, then twice as long
 * each time.
 */
public record DdlTimeouts(Duration lockTimeout, Duration statementTimeout, int lockRetries, Duration firstPause) {

    public static final DdlTimeouts DEFAULTS = new DdlTimeouts(Durations.parse("ddl.lock-timeout", RetortDefaults.DDL_LOCK_TIMEOUT),
            Durations.parse("ddl.statement-timeout", RetortDefaults.DDL_STATEMENT_TIMEOUT), Integer.parseInt(RetortDefaults.DDL_LOCK_RETRIES),
            Duration.ofSeconds(1));

    public DdlTimeouts {
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("The DDL lock timeout must be positive, was " + lockTimeout);
        }
        if (statementTimeout.isNegative()) {
            throw new IllegalArgumentException("The DDL statement timeout must not be negative, was " + statementTimeout);
        }
        if (lockRetries < 0) {
            throw new IllegalArgumentException("The DDL lock retries must not be negative, were " + lockRetries);
        }
    }

    /** These timeouts with what a revision declares in place of the defaults. */
    public DdlTimeouts with(Overrides overrides) {
        return new DdlTimeouts(overrides.lockTimeout() != null ? overrides.lockTimeout() : lockTimeout,
                overrides.statementTimeout() != null ? overrides.statementTimeout() : statementTimeout,
                overrides.lockRetries() != null ? overrides.lockRetries() : lockRetries, firstPause);
    }

    /** The pause before attempt {@code attempt} (2 for the first retry). */
    public Duration pauseBefore(int attempt) {
        return firstPause.multipliedBy(1L << Math.min(attempt - 2, 10));
    }

    /** What one revision sets in {@code @Revision(lockTimeout = ..., statementTimeout = ..., lockRetries = ...)}; null: the default. */
    public record Overrides(Duration lockTimeout, Duration statementTimeout, Integer lockRetries) {

        public static final Overrides NONE = new Overrides(null, null, null);
    }
}
