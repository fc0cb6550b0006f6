package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.revision.Step;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * A revision declared non-transactional (for statements such as CREATE INDEX CONCURRENTLY). The
 * locked transaction that planned it stays open on its connection, holding the lock, while the
 * statements run one by one on a second connection from the pool, outside any transaction; then
 * the version and history rows are written in the locked transaction and it commits. No session
 * state is involved, so the lock is released by COMMIT or ROLLBACK whatever happens, also behind a
 * transaction-pooling proxy, and the waiting transaction holds no snapshot that the index build
 * would wait for.
 */
final class NonTransactionalStep {

    private static final Logger LOG = Logger.getLogger("io.retort");

    private final Pool pool;
    private final SqlConnection locked;
    private final Dialect dialect;
    private final VersionStore store;

    NonTransactionalStep(Pool pool, SqlConnection locked, Dialect dialect, VersionStore store) {
        this.pool = pool;
        this.locked = locked;
        this.dialect = dialect;
        this.store = store;
    }

    Uni<AppliedStep> apply(RenderedStep rendered) {
        long started = System.nanoTime();
        return refuseInvalidIndexes(rendered)
                .chain(() -> pool.withConnection(outside -> Sql.runAll(outside, dialect.outsideTransactionSetup())
                        .chain(() -> Sql.runAll(outside, rendered.statements()))
                        .onFailure().transform(failure -> Failures.inRevision(rendered, failure, dialect))
                        .eventually(() -> Sql.runAll(outside, dialect.outsideTransactionTeardown())
                                .onFailure().invoke(f -> LOG.warnf("Could not reset the connection after revision %s: %s",
                                        rendered.id(), Sql.reason(f)))
                                .onFailure().recoverWithNull())))
                .chain(() -> bookkeeping(rendered, (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * An INVALID index that the revision's statements name was left by an earlier attempt (a
     * CREATE INDEX CONCURRENTLY that failed or whose process died): running again would fail with
     * "already exists", or with IF NOT EXISTS record success over an index nobody can use.
     */
    private Uni<Void> refuseInvalidIndexes(RenderedStep rendered) {
        if (dialect.invalidIndexesQuery().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Sql.run(locked, dialect.invalidIndexesQuery().get()).map(rows -> {
            String statements = String.join("\n", rendered.statements()).toLowerCase(Locale.ROOT);
            List<String> drops = new ArrayList<>();
            for (Row row : rows) {
                if (statements.contains(row.getString("name").toLowerCase(Locale.ROOT))) {
                    drops.add("DROP INDEX CONCURRENTLY " + row.getString("qualified") + ";");
                }
            }
            if (!drops.isEmpty()) {
                throw Failures.invalidIndexes(rendered, drops);
            }
            return null;
        });
    }

    private Uni<AppliedStep> bookkeeping(RenderedStep rendered, long millis) {
        Step step = rendered.step();
        List<SqlStatement> statements = new ArrayList<>(store.moveRows(step.headsBefore(), step.headsAfter()));
        statements.add(store.recordHistory(rendered.id(), VersionStore.direction(step.direction()),
                rendered.revision().node().message(), rendered.checksum(), millis));
        statements.add(SqlStatement.of("COMMIT"));
        return Sql.runPipelined(locked, statements, dialect.pipelines())
                .onFailure().transform(failure -> Failures.inRevision(rendered, failure, dialect))
                .map(ignored -> new AppliedStep(rendered.id(), rendered.revision().node().message(), step.direction(),
                        millis, rendered.statements()));
    }
}
