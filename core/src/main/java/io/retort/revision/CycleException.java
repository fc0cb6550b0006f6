package io.retort.revision;

import java.util.List;

/** Revisions reach themselves through parents or dependencies; {@link #revisions()} lists the cycle in order. */
public class CycleException extends RevisionException {

    public CycleException(String message, List<String> revisions) {
        super(message, revisions);
    }
}
