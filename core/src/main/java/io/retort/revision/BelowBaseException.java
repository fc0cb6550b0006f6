package io.retort.revision;

import java.util.List;

/** A relative target steps below the base of the graph; {@link #revisions()} names the starting revision, if any. */
public class BelowBaseException extends RevisionException {

    public BelowBaseException(String message, List<String> revisions) {
        super(message, revisions);
    }
}
