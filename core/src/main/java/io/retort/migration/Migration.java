package io.retort.migration;

/**
 * A revision's body. Implementations are annotated with {@link Revision} and call the operations
 * DSL on the {@link Ops} they are given; they never talk to the database directly, which is what
 * lets the same revision be executed, printed as offline SQL, or replayed onto a schema snapshot.
 */
public interface Migration {

    /** Moves the schema forward to this revision. */
    void upgrade(Ops op);

    /** Moves the schema back to the parent revision(s): the exact undo of {@link #upgrade}. */
    void downgrade(Ops op);
}
