package io.retort.examples.quickstart;

/** An item on a list. */
public record Item(long id, long listId, String title, boolean done, int priority) {
}
