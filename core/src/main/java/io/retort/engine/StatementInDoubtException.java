package io.retort.engine;

/**
 * A revision stopped part way on a database whose DDL commits as it goes, and the statement that
 * was running may or may not have taken effect: the user looks, then says which with
 * {@link Retort#resolveProgress} ({@code mvn retort:resume -Dretort.ran=true|false}).
 */
public class StatementInDoubtException extends MigrationFailedException {

    public StatementInDoubtException(String revision, String message, String statement) {
        super(revision, message, statement, null);
    }
}
