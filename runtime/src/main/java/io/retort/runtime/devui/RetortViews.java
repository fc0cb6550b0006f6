package io.retort.runtime.devui;

import java.util.List;

/**
 * What the Dev UI's JSON-RPC methods return, one record per page. Each names its datasource, so the
 * pages can later offer named datasources besides the default one.
 */
public final class RetortViews {

    private RetortViews() {
    }

    /** The history table, newest first. */
    public record HistoryView(String dataSource, List<HistoryRow> rows, String error) {
    }

    /**
     * One history row; {@code checksumStatus} is {@code ok} or {@code changed} when the revision's
     * SQL today matches (or not) what was recorded, {@code -} when there is nothing to compare.
     */
    public record HistoryRow(String revision, String direction, String message, String appliedAt, long durationMillis,
            String checksumStatus) {
    }

    /** What an upgrade to the heads would apply, step by step with its SQL. */
    public record PendingView(String dataSource, List<String> current, List<String> heads, List<PendingStep> steps,
            String error) {
    }

    /** {@code findings}: what the lock rules say about the revision (docs/safety.md), allowed ones with their reason. */
    public record PendingStep(String revision, String message, List<String> sql, List<String> findings) {
    }

    /**
     * The outcome of an upgrade or downgrade: the version rows before and after and the revisions run,
     * or {@code ok == false} with the error's message.
     */
    public record MigrationOutcome(String dataSource, boolean ok, List<String> from, List<String> to, List<String> applied,
            String error) {
    }

    /** The SQL a revision's upgrade runs, as the Graph page shows it on a click. */
    public record RevisionSql(String dataSource, String id, List<String> statements, String error) {
    }

    /** The revisions whose checksum a repair recorded anew (empty when none was edited), or what went wrong. */
    public record RepairOutcome(String dataSource, boolean ok, List<String> repaired, String error) {
    }

    /** The revision graph, newest first, and where the database stands in it. */
    public record GraphView(String dataSource, List<String> heads, List<String> branchPoints, List<String> mergePoints,
            List<String> current, List<GraphRevision> revisions, String error) {
    }

    /** {@code replaces}: for a squash, the revisions it stands for (oldest first); empty otherwise. */
    public record GraphRevision(String id, List<String> parents, String message, List<String> labels, List<String> replaces) {
    }

    /** The squash written into the project's sources, or what went wrong. */
    public record SquashOutcome(String dataSource, boolean ok, String id, String file, List<String> replaced, String error) {
    }

    /**
     * The entities' changes no revision covers, compared with the live database; {@code available} is
     * false when the application has no Hibernate entities to compare.
     */
    public record DriftView(String dataSource, boolean available, List<String> changes, String error) {
    }

    /**
     * What Generate revision did: the file written into the project (relative to the sources root,
     * picked up by the next hot reload), the changes it holds, or the error.
     */
    public record GeneratedRevision(String dataSource, boolean ok, String file, List<String> changes, String error) {
    }
}
