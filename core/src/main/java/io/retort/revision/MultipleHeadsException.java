package io.retort.revision;

import java.util.List;

/** A single revision was needed but several candidates exist; {@link #revisions()} lists the candidates. */
public class MultipleHeadsException extends RevisionException {

    public MultipleHeadsException(String message, List<String> revisions) {
        super(message, revisions);
    }
}
