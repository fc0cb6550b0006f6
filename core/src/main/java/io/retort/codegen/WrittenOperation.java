package io.retort.codegen;

import io.retort.operation.Operation;
import java.util.Objects;

/**
 * An operation to write into a revision, with an optional comment rendered as {@code //} lines above
 * its call, such as {@code "DESTRUCTIVE: drops column users.age and its data"}.
 */
public record WrittenOperation(Operation operation, String comment) {

    public WrittenOperation {
        Objects.requireNonNull(operation, "operation");
    }

    /** The operation without a comment. */
    public static WrittenOperation of(Operation operation) {
        return new WrittenOperation(operation, null);
    }
}
