package io.retort.engine;

/** A class that is not a valid revision: missing annotation, not a Migration, no usable constructor. */
public class RevisionDefinitionException extends RetortException {

    public RevisionDefinitionException(String message) {
        super(message);
    }

    public RevisionDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
