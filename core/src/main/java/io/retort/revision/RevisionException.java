package io.retort.revision;

import java.util.List;

/** Base of every error raised while building or walking the revision graph. */
public class RevisionException extends RuntimeException {

    private final List<String> revisions;

    public RevisionException(String message) {
        this(message, List.of());
    }

    public RevisionException(String message, List<String> revisions) {
        super(message);
        this.revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }

    /** The revision ids (or target text) the error is about, most relevant first. */
    public List<String> revisions() {
        return revisions;
    }
}
