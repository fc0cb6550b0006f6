package io.retort.engine;

/**
 * One attempt of a revision ran into its DDL lock timeout; the executor rolls back and tries again,
 * or gives up with a {@link DdlLockTimeoutException}. Internal to the executor.
 */
final class LockWait extends RetortException {

    final RenderedStep rendered;
    final DdlTimeouts timeouts;
    final String statement;

    LockWait(RenderedStep rendered, DdlTimeouts timeouts, Throwable failure) {
        super("lock timeout in revision " + rendered.id(), failure);
        this.rendered = rendered;
        this.timeouts = timeouts;
        this.statement = failure instanceof Sql.StatementFailure statementFailure ? statementFailure.statement : null;
    }
}
