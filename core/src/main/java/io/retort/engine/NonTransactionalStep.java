package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.revision.Step;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/**
 * A revision declared non-transactional (for statements such as CREATE INDEX CONCURRENTLY): its
 * statements run one by one outside a transaction under the session-level lock, then its version
 * and history rows are written in a locked transaction of their own.
 */
final class NonTransactionalStep {

    private final SqlConnection connection;
    private final Dialect dialect;
    private final RetortOptions options;
    private final VersionStore store;
    private final StartupChecks checks;

    NonTransactionalStep(SqlConnection connection, Dialect dialect, RetortOptions options, VersionStore store, StartupChecks checks) {
        this.connection = connection;
        this.dialect = dialect;
        this.options = options;
        this.store = store;
        this.checks = checks;
    }

    Uni<AppliedStep> apply(RenderedStep rendered) {
        Step step = rendered.step();
        long started = System.nanoTime();
        return Sql.runAll(connection, dialect.sessionLock(options.lockTimeout(), store.lockKey()))
                .onFailure(dialect::isLockTimeout).transform(failure -> Failures.lockTimeout(failure, options))
                .chain(() -> checks.readRows(connection))
                .chain(rows -> {
                    if (!rows.equals(step.headsBefore())) {
                        // Another process moved the database while we waited; the next round re-plans.
                        return Uni.createFrom().item((AppliedStep) null);
                    }
                    return Sql.runAll(connection, rendered.statements())
                            .onFailure().transform(failure -> Failures.inRevision(rendered, failure))
                            .chain(() -> bookkeeping(rendered, (System.nanoTime() - started) / 1_000_000));
                })
                .eventually(() -> Sql.runAll(connection, dialect.sessionUnlock(store.lockKey())).onFailure().recoverWithNull());
    }

    private Uni<AppliedStep> bookkeeping(RenderedStep rendered, long millis) {
        Step step = rendered.step();
        List<SqlStatement> statements = new java.util.ArrayList<>(store.moveRows(step.headsBefore(), step.headsAfter()));
        statements.add(store.recordHistory(rendered.id(), VersionStore.direction(step.direction()),
                rendered.revision().node().message(), rendered.checksum(), millis));
        return Locked.begin(connection, dialect, options, store)
                .chain(() -> Sql.runAllStatements(connection, statements))
                .chain(() -> Sql.run(connection, "COMMIT"))
                .onFailure().transform(failure -> Failures.inRevision(rendered, failure))
                .map(ignored -> new AppliedStep(rendered.id(), rendered.revision().node().message(), step.direction(),
                        millis, rendered.statements()));
    }
}
