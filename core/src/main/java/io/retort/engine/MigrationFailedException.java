package io.retort.engine;

/**
 * A revision that failed while applying. Its transaction was rolled back, so the database is still at
 * the revision before it (unless the revision is non-transactional).
 */
public class MigrationFailedException extends RetortException {

    private final String revision;
    private final String statement;

    public MigrationFailedException(String revision, String message, String statement, Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.statement = statement;
    }

    /** The id of the revision that failed. */
    public String revision() {
        return revision;
    }

    /** The SQL statement the database refused, or null when the failure came before any statement. */
    public String statement() {
        return statement;
    }
}
