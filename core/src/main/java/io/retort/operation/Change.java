package io.retort.operation;

/** A new value for one attribute of an altered column; the value itself may be null (drop a default). */
public record Change<T>(T value) {

    public static <T> Change<T> to(T value) {
        return new Change<>(value);
    }
}
