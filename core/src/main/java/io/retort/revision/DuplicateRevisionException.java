package io.retort.revision;

import java.util.List;

/** An id or branch label is claimed twice; {@link #revisions()} names the id or the revisions sharing the label. */
public class DuplicateRevisionException extends RevisionException {

    public DuplicateRevisionException(String message, List<String> revisions) {
        super(message, revisions);
    }
}
