package io.retort.schema;

import java.util.Objects;

/**
 * A database sequence: a named counter handing out numbers from {@code start} in steps of
 * {@code increment}. Hibernate's default identifier generator uses one per entity,
 * {@code <table>_seq} with {@link #HIBERNATE_START} and {@link #HIBERNATE_INCREMENT}.
 */
public record Sequence(String name, long start, long increment) implements java.io.Serializable {

    /** The first value of a sequence Hibernate's {@code @SequenceGenerator} expects by default. */
    public static final long HIBERNATE_START = 1;

    /** Hibernate's default allocation size: it reserves this many ids per call to {@code nextval}. */
    public static final long HIBERNATE_INCREMENT = 50;

    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("Sequence \"" + name + "\" has an increment of 0; use a positive step such as "
                    + HIBERNATE_INCREMENT + " (Hibernate's allocation size) or 1");
        }
    }

    /** A sequence as Hibernate creates it by default: start {@value #HIBERNATE_START}, increment {@value #HIBERNATE_INCREMENT}. */
    public static Sequence hibernateDefault(String name) {
        return new Sequence(name, HIBERNATE_START, HIBERNATE_INCREMENT);
    }
}
