package io.retort.engine;

import io.retort.migration.Migration;
import io.retort.revision.RevisionNode;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A revision ready for the engine: its place in the graph and how to get an instance of its class.
 * Quarkus records these at build time; plain Java callers use {@link Revisions#fromClasses}.
 */
public record LoadedRevision(RevisionNode node, Supplier<? extends Migration> factory, boolean transactional,
        DdlTimeouts.Overrides ddl) {

    public LoadedRevision {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(factory, "factory");
        ddl = ddl == null ? DdlTimeouts.Overrides.NONE : ddl;
    }

    public LoadedRevision(RevisionNode node, Supplier<? extends Migration> factory, boolean transactional) {
        this(node, factory, transactional, DdlTimeouts.Overrides.NONE);
    }

    public String id() {
        return node.id();
    }

    public Migration newInstance() {
        return factory.get();
    }
}
