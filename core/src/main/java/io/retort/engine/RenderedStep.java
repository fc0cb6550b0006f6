package io.retort.engine;

import io.retort.revision.Step;
import io.retort.schema.Schema;
import java.util.List;

/**
 * A planned step with the SQL it runs on the dialect and the schema it leaves behind
 * ({@code schemaAfter} is null for steps from {@link RevisionChain#renderAt}, which the executor runs);
 * {@code transactional} says whether it runs in a transaction on this dialect.
 */
public record RenderedStep(Step step, LoadedRevision revision, List<String> statements, Schema schemaAfter, String checksum,
        boolean transactional) {

    public RenderedStep {
        statements = List.copyOf(statements);
    }

    public String id() {
        return revision.id();
    }
}
