package io.retort.migration;

import io.retort.operation.CreateIndex;
import io.retort.schema.Index;
import java.util.List;

/**
 * An index being created, over keys written as column names, each optionally followed by {@code DESC}
 * ({@code "issued_on DESC"}); refine it with {@link #unique()}, {@link #where(String)} and {@link #concurrently()}.
 */
public final class IndexSpec {

    private final String name;
    private final String table;
    private final List<String> columns;
    private boolean unique;
    private String where;
    private boolean concurrently;

    IndexSpec(String name, String table, List<String> columns) {
        this.name = name;
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    public IndexSpec unique() {
        this.unique = true;
        return this;
    }

    /** Makes it a partial index over the rows matching the SQL condition. */
    public IndexSpec where(String condition) {
        this.where = condition;
        return this;
    }

    /**
     * Builds it without blocking writes to the table (PostgreSQL's {@code CREATE INDEX CONCURRENTLY});
     * a transaction refuses it, so the revision must be {@code @Revision(transactional = false)}.
     * SQLite builds it as usual.
     */
    public IndexSpec concurrently() {
        this.concurrently = true;
        return this;
    }

    CreateIndex toOperation() {
        return new CreateIndex(table, Index.of(name, columns, unique, where), concurrently);
    }
}
