package io.retort.diff;

import io.retort.operation.Operation;
import io.retort.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@link SchemaDiff#compare} found: the changes in the order they apply, and notices about
 * differences no operation can express (identity columns, table comments), which a person must
 * handle by hand.
 */
public record DiffResult(List<Change> changes, List<String> notices) {

    public DiffResult {
        changes = List.copyOf(changes);
        notices = List.copyOf(notices);
    }

    public DiffResult(List<Change> changes) {
        this(changes, List.of());
    }

    /** No operation to emit (there may still be {@link #notices()}). */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The operations in order; each applies to the schema the previous ones leave. */
    public List<Operation> upgrade() {
        return changes.stream().map(Change::operation).toList();
    }

    /**
     * The exact undo of {@link #upgrade()} applied to {@code current}: the reverse of each operation,
     * given the schema just before it, last operation first.
     */
    public List<Operation> downgrade(Schema current) {
        List<List<Operation>> undo = new ArrayList<>();
        Schema schema = current;
        for (Operation operation : upgrade()) {
            undo.add(operation.reverse(schema));
            schema = operation.applyTo(schema);
        }
        Collections.reverse(undo);
        return undo.stream().flatMap(List::stream).toList();
    }

    /** One line per destructive change or rename hint, then the notices, for logs. */
    public List<String> warnings() {
        List<String> lines = new ArrayList<>();
        for (Change change : changes) {
            if (change.note() != null) {
                lines.add((change.destructive() ? "destructive: " : "") + change.operation().describe() + ": " + change.note());
            }
        }
        lines.addAll(notices);
        return lines;
    }

    /** One human line per change, such as {@code add column users.email string(255) NOT NULL}. */
    public List<String> describe() {
        return changes.stream().map(c -> ChangeDescriptions.describe(c.operation())).toList();
    }
}
