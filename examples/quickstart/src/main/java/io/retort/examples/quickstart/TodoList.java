package io.retort.examples.quickstart;

/** A to-do list. */
public record TodoList(long id, String name, String createdAt) {
}
