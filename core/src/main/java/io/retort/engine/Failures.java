package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.revision.RevisionException;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Turns database failures into errors that say what failed, where, and what to do. */
final class Failures {

    private Failures() {
    }

    static LockTimeoutException lockTimeout(Throwable failure, RetortOptions options) {
        return new LockTimeoutException("Could not take the migration lock within " + options.lockTimeout().toMillis()
                + " ms: another process is migrating this database or holds the lock. Wait for it to finish, or raise "
                + options.lockTimeoutSetting() + ". (" + Sql.reason(failure) + ")", failure);
    }

    /** A failure while a revision's statements or bookkeeping ran: name the revision and the statement. */
    /** The revision left rows (from a foreign-key check) that refer to missing parents; it is rolled back. */
    static MigrationFailedException orphans(RenderedStep rendered, RowSet<Row> rows) {
        Row first = rows.iterator().next();
        String verb = rendered.step().direction().name().toLowerCase();
        return new MigrationFailedException(rendered.id(), "Revision " + RevisionChain.describe(rendered.revision()) + " failed to "
                + verb + ": it leaves " + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + " whose foreign key points at no row"
                + " (first: table " + first.getValue("table") + ", rowid " + first.getValue("rowid") + ", missing in "
                + first.getValue("parent") + ").\n  Its transaction was rolled back; the database is still at "
                + describeRows(rendered.step().headsBefore()) + ". Delete or fix those rows in the revision before the change,"
                + " and run the " + verb + " again.", null, null);
    }

    static RuntimeException inRevision(RenderedStep rendered, Throwable failure, Dialect dialect) {
        if (failure instanceof RetortException) {
            return (RetortException) failure;
        }
        String statement = failure instanceof Sql.StatementFailure ? ((Sql.StatementFailure) failure).statement : null;
        String verb = rendered.step().direction().name().toLowerCase();
        if (dialect.isConnectionLost(failure)) {
            return new MigrationFailedException(rendered.id(), "Revision " + RevisionChain.describe(rendered.revision())
                    + " was interrupted: the connection to the database was lost (" + Sql.reason(failure) + ")."
                    + (rendered.transactional()
                            ? " The database rolled its transaction back; it is still at " + describeRows(rendered.step().headsBefore())
                                    + ". Run the " + verb + " again once the database is reachable."
                            : " It is non-transactional: statements before the interruption may have stayed applied."),
                    statement, failure);
        }
        String where = rendered.transactional()
                ? "Its transaction was rolled back; the database is still at " + describeRows(rendered.step().headsBefore()) + "."
                : "It is non-transactional: statements before the failing one stayed applied; fix them by hand before retrying"
                        + " (a CREATE INDEX CONCURRENTLY that fails leaves an INVALID index behind, which the next run names).";
        return new MigrationFailedException(rendered.id(),
                "Revision " + RevisionChain.describe(rendered.revision()) + " failed to " + verb + ": " + Sql.reason(failure)
                        + (statement == null ? "" : "\n  Statement: " + statement) + "\n  " + where
                        + " Fix the revision and run the " + verb + " again.",
                statement, failure);
    }

    /** Any other failure of a run, mapped once at the edge. */
    static Throwable explain(Throwable failure, Dialect dialect, RetortOptions options) {
        if (failure instanceof RetortException || failure instanceof RevisionException) {
            return failure;
        }
        if (dialect.isLockTimeout(failure)) {
            return lockTimeout(failure, options);
        }
        if (dialect.isConnectionLost(failure)) {
            // Between revisions (taking the lock, reading or writing the version rows): every
            // transactional revision commits whole, so the database is at a revision boundary.
            return new RetortException("Retort was interrupted: the connection to the database was lost ("
                    + Sql.reason(failure) + "). Revisions that committed stay applied and recorded; the transaction in"
                    + " flight, if any, was rolled back. Run the command again once the database is reachable.", failure);
        }
        if (failure instanceof Sql.StatementFailure) {
            return new RetortException("Retort's own statement failed: " + Sql.reason(failure) + "\n  Statement: "
                    + ((Sql.StatementFailure) failure).statement, failure.getCause());
        }
        return failure;
    }

    /** INVALID indexes from an earlier attempt stand in the revision's way: name them and the statements that clear them. */
    static MigrationFailedException invalidIndexes(RenderedStep rendered, java.util.List<String> drops) {
        String verb = rendered.step().direction().name().toLowerCase();
        return new MigrationFailedException(rendered.id(), "Revision " + RevisionChain.describe(rendered.revision()) + " cannot "
                + verb + ": its statements name an index that exists but is INVALID, left by an earlier attempt (a CREATE INDEX"
                + " CONCURRENTLY that failed or whose process died). Nothing was run. Drop it, then run the " + verb + " again:\n  "
                + String.join("\n  ", drops), null, null);
    }

    static String describeRows(java.util.Set<String> rows) {
        return rows.isEmpty() ? "base (no revision applied)" : "revision " + String.join(", ", rows);
    }
}
