package io.retort.operation;

import io.retort.schema.Schema;
import io.retort.schema.SchemaReplayException;
import io.retort.schema.Sequence;
import java.util.List;
import java.util.Objects;

/** Creates a sequence; dialects without sequences (SQLite) render nothing for it. */
public record CreateSequence(Sequence sequence) implements Operation {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public Schema applyTo(Schema schema) {
        if (schema.hasSequence(sequence.name())) {
            throw new SchemaReplayException(describe() + ": sequence \"" + sequence.name() + "\" already exists");
        }
        return schema.withSequence(sequence);
    }

    @Override
    public List<Operation> reverse(Schema before) {
        return List.of(new DropSequence(sequence.name()));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSequence(this);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.name();
    }
}
