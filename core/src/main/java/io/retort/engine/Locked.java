package io.retort.engine;

import io.retort.dialect.Dialect;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.List;

/**
 * Opens a migration transaction holding the lock, turning a lock wait that runs out into a clear
 * error. Where the dialect only tries the lock ({@link Dialect#triesLock}), a refused try rolls its
 * transaction back and the next try opens a new one after a pause (20 ms, doubling to 500 ms): a
 * waiting process then holds neither a snapshot nor a transaction between tries, so a concurrent
 * index build by the lock holder never waits for it.
 */
final class Locked {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(500);

    private Locked() {
    }

    static Uni<Void> begin(SqlConnection connection, Dialect dialect, RetortOptions options, VersionStore store) {
        long deadline = System.nanoTime() + options.lockTimeout().toNanos();
        return attempt(connection, dialect, options, store, deadline, FIRST_PAUSE);
    }

    private static Uni<Void> attempt(SqlConnection connection, Dialect dialect, RetortOptions options, VersionStore store,
            long deadline, Duration pause) {
        return Sql.runPipelined(connection, Sql.plain(dialect.beginLocked(options.lockTimeout(), store.lockKey())), dialect.pipelines())
                .onFailure(dialect::isLockTimeout).transform(failure -> Failures.lockTimeout(failure, options))
                .chain(results -> {
                    if (!dialect.triesLock() || taken(results)) {
                        return Uni.createFrom().voidItem();
                    }
                    return retry(connection, dialect, options, store, deadline, pause);
                });
    }

    /** After a refused try: roll back, and try again after the pause unless the timeout has run out. */
    static Uni<Void> retry(SqlConnection connection, Dialect dialect, RetortOptions options, VersionStore store,
            long deadline, Duration pause) {
        Uni<Void> rolledBack = Sql.run(connection, "ROLLBACK").replaceWithVoid();
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return rolledBack.chain(() -> Uni.createFrom().failure(Failures.lockTimeout(
                    new IllegalStateException("the lock was still held after " + options.lockTimeout().toMillis() + " ms"), options)));
        }
        // The last pause ends at the deadline, for one last try then.
        Duration wait = pause.toNanos() > remaining ? Duration.ofNanos(remaining) : pause;
        Duration next = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        return rolledBack.onItem().delayIt().by(wait).chain(() -> attempt(connection, dialect, options, store, deadline, next));
    }

    /** The answer of the try, the last of the begin statements. */
    static boolean taken(List<RowSet<Row>> results) {
        return taken(results.get(results.size() - 1));
    }

    static boolean taken(RowSet<Row> answer) {
        return Boolean.TRUE.equals(answer.iterator().next().getBoolean(0));
    }

    /** The deadline for a lock wait starting now. */
    static long deadline(RetortOptions options) {
        return System.nanoTime() + options.lockTimeout().toNanos();
    }

    static Duration firstPause() {
        return FIRST_PAUSE;
    }
}
