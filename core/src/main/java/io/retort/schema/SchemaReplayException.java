package io.retort.schema;

/** An operation that cannot apply to the schema it meets: a missing table, a duplicate column, ... */
public class SchemaReplayException extends RuntimeException {

    public SchemaReplayException(String message) {
        super(message);
    }
}
