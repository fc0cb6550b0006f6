package io.retort.operation;

import io.retort.schema.Schema;
import java.util.List;
import java.util.Objects;

/**
 * Drops a sequence. Not counted as destructive: no rows are lost, only the counter's position; the
 * reverse creates it again at its declared start, not where it had got to.
 */
public record DropSequence(String name) implements Operation {

    public DropSequence {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Schema applyTo(Schema schema) {
        schema.requireSequence(name, describe());
        return schema.withoutSequence(name);
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new CreateSequence(before.requireSequence(name, describe())));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }

    @Override
    public String describe() {
        return "drop sequence " + name;
    }
}
