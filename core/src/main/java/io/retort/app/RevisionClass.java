package io.retort.app;

import io.retort.engine.DdlTimeouts;
import io.retort.revision.RevisionNode;

/**
 * A revision class of the application: its graph node, class name, whether it runs in a transaction
 * and the statement timeouts it declares.
 */
public record RevisionClass(RevisionNode node, String className, boolean transactional, DdlTimeouts.Overrides ddl) {

    public RevisionClass {
        ddl = ddl == null ? DdlTimeouts.Overrides.NONE : ddl;
    }

    public RevisionClass(RevisionNode node, String className, boolean transactional) {
        this(node, className, transactional, DdlTimeouts.Overrides.NONE);
    }

    public String id() {
        return node.id();
    }
}
