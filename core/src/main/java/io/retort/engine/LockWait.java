package io.retort.engine;

/**
 * One attempt of a revision ran into its DDL lock timeout; the executor rolls back and tries again,
 * or gives up with a {@link DdlLockTimeoutException}. Internal to the executor.
 */
final class LockWait extends RetortException {

    final RenderedStep rendered;
    final DdlTimeouts timeouts;
    final String statement;
    /** Whether the revision runs statement by statement (its earlier statements stay), rather than in one transaction. */
    final boolean statementByStatement;

    LockWait(RenderedStep rendered, DdlTimeouts timeouts, Throwable failure) {
        this(rendered, timeouts, failure, false);
    }

    LockWait(RenderedStep rendered, DdlTimeouts timeouts, Throwable failure, boolean statementByStatement) {
        super("lock timeout in revision " + rendered.id(), failure);
        this.rendered = rendered;
        this.timeouts = timeouts;
        this.statement = failure instanceof Sql.StatementFailure statementFailure ? statementFailure.statement : null;
        this.statementByStatement = statementByStatement;
    }
}
