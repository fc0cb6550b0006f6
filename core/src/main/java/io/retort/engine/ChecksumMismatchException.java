package io.retort.engine;

import java.util.List;

/** Applied revisions whose SQL today differs from what was applied (the revision was edited afterwards). */
public class ChecksumMismatchException extends RetortException {

    private final List<String> revisions;

    public ChecksumMismatchException(String message, List<String> revisions) {
        super(message);
        this.revisions = List.copyOf(revisions);
    }

    public List<String> revisions() {
        return revisions;
    }
}
