package io.retort.revision;

import java.util.List;

/** A target is malformed or points the wrong way for the requested direction. */
public class InvalidTargetException extends RevisionException {

    public InvalidTargetException(String message, List<String> revisions) {
        super(message, revisions);
    }
}
