package io.retort.migration;

/** Something said about a column where it is declared: {@code notNull()}, {@code serverDefault("0")}, ... */
@FunctionalInterface
public interface ColumnOption {

    void applyTo(ColumnSpec column);
}
