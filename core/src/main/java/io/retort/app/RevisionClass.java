package io.retort.app;

import io.retort.revision.RevisionNode;

/** A revision class of the application: its graph node, class name and whether it runs in a transaction. */
public record RevisionClass(RevisionNode node, String className, boolean transactional) {

    public String id() {
        return node.id();
    }
}
