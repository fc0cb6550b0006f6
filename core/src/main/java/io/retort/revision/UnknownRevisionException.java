package io.retort.revision;

import java.util.List;

/** A revision id, prefix, label or target text matches nothing; {@link #revisions()} starts with the unknown name. */
public class UnknownRevisionException extends RevisionException {

    public UnknownRevisionException(String message, List<String> revisions) {
        super(message, revisions);
    }
}
