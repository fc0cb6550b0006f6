package io.retort.diff;

import io.retort.operation.Operation;
import java.util.Objects;

/**
 * One operation of a {@link DiffResult}. {@code destructive} marks an operation that can lose data;
 * {@code note} is null, or says why it is destructive, or hints at a rename. The revision writer
 * prints the note as a comment above the call.
 */
public record Change(Operation operation, boolean destructive, String note) {

    public Change {
        Objects.requireNonNull(operation, "operation");
        if (destructive && note == null) {
            throw new IllegalArgumentException("A destructive change needs a note saying what it loses: " + operation.describe());
        }
    }

    static Change safe(Operation operation) {
        return new Change(operation, false, null);
    }

    static Change destructive(Operation operation, String note) {
        return new Change(operation, true, note);
    }

    /** The same change with {@code more} appended to its note. */
    Change withNote(String more) {
        return new Change(operation, destructive, note == null ? more : note + "; " + more);
    }
}
