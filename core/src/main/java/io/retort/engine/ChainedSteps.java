package io.retort.engine;

import io.retort.dialect.Dialect;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * Several planned steps, each in its own transaction, sent as one query string: PostgreSQL's simple
 * query protocol runs the statements in order, commits each transaction as it reaches its COMMIT and
 * stops at the first error, rolling back only the transaction it is in. Applying a long history then
 * costs one request per batch instead of three per revision, and stays a transaction per revision.
 *
 * <p>Nothing can be read between the transactions, so each opens with the dialect's guard
 * ({@link Dialect#beginChained}): the server fails the transaction unless this session takes the
 * migration lock and the version rows are what the previous step left. The history row's duration is
 * the transaction's own time, measured by the server. Any failure is left to the caller, which reads
 * how far the batch got and runs the step that failed on its own, where its error is reported as
 * usual.
 */
final class ChainedSteps {

    /** No query string past a megabyte (a data load in raw SQL); the number of revisions is {@link RetortOptions#chainedSteps()}. */
    static final int MAX_CHARS = 1 << 20;

    private final SqlConnection connection;
    private final Dialect dialect;
    private final VersionStore store;
    private final RetortOptions options;

    ChainedSteps(SqlConnection connection, Dialect dialect, VersionStore store, RetortOptions options) {
        this.connection = connection;
        this.dialect = dialect;
        this.store = store;
        this.options = options;
    }

    /** Whether the dialect chains transactions and a step can go in a chain (its own transaction, nothing to check after it). */
    static boolean chainable(Dialect dialect, VersionStore store, RenderedStep rendered) {
        return rendered.transactional() && !store.recordsProgress() && dialect.foreignKeyCheck().isEmpty()
                && dialect.chainsTransactions();
    }

    /** Every step committed, in order; a failure means some prefix of them may have committed. */
    Uni<List<AppliedStep>> apply(List<RenderedStep> steps) {
        List<String> statements = new ArrayList<>();
        List<Integer> historyRows = new ArrayList<>();
        for (RenderedStep rendered : steps) {
            statements.addAll(dialect.beginChained(store.lockKey(), options.versionTable(), rendered.step().headsBefore()));
            DdlTimeouts timeouts = options.ddl().with(rendered.revision().ddl());
            statements.addAll(dialect.statementTimeouts(timeouts.lockTimeout(), timeouts.statementTimeout()));
            statements.addAll(rendered.statements());
            store.moveRows(rendered.step().headsBefore(), rendered.step().headsAfter()).forEach(move -> statements.add(store.inline(move)));
            historyRows.add(statements.size());
            statements.add(store.recordHistoryTimed(rendered.id(), VersionStore.direction(rendered.step().direction()),
                    rendered.revision().node().message(), rendered.checksum(), dialect.transactionMillis()));
            statements.add("COMMIT");
        }
        return Sql.runBatchAll(connection, statements).map(results -> {
            List<AppliedStep> applied = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                RenderedStep rendered = steps.get(i);
                Row history = results.get(historyRows.get(i)).iterator().next();
                applied.add(new AppliedStep(rendered.id(), rendered.revision().node().message(), rendered.step().direction(),
                        history.getLong(0), rendered.statements()));
            }
            return applied;
        });
    }

    /** The size of a query string holding these statements, to keep batches under {@link #MAX_CHARS}. */
    static int length(RenderedStep rendered) {
        return rendered.statements().stream().mapToInt(String::length).sum() + 600;
    }
}
