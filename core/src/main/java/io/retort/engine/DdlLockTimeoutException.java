package io.retort.engine;

/**
 * A revision gave up: each attempt waited longer than its DDL lock timeout for a table lock another
 * session holds. Its transaction was rolled back; the message names the sessions holding the locks.
 */
public final class DdlLockTimeoutException extends MigrationFailedException {

    DdlLockTimeoutException(String revision, String message, String statement, Throwable cause) {
        super(revision, message, statement, cause);
    }
}
