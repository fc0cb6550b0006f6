package io.retort.engine;

/** One row of the history table: a revision applied, unapplied or stamped. */
public record HistoryEntry(long id, String revision, String direction, String message, String checksum, String appliedAt,
        long durationMillis, String appliedBy) {
}
