package io.retort.engine;

import java.util.Set;

/** The database's version rows name revisions this code does not have; nothing was changed. */
public class DatabaseAheadException extends RetortException {

    private final Set<String> unknown;

    public DatabaseAheadException(String message, Set<String> unknown) {
        super(message);
        this.unknown = Set.copyOf(unknown);
    }

    public Set<String> unknownRevisions() {
        return unknown;
    }
}
