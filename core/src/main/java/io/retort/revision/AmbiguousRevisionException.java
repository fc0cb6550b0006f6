package io.retort.revision;

import java.util.List;

/** A prefix matches several revisions; {@link #revisions()} lists the matching ids. */
public class AmbiguousRevisionException extends RevisionException {

    public AmbiguousRevisionException(String message, List<String> revisions) {
        super(message, revisions);
    }
}
