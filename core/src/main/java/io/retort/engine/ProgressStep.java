package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.revision.Step;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * A revision on a database whose DDL commits as it goes (MariaDB), where no transaction can make
 * it all-or-nothing. Each statement is written to the progress table as started before it runs
 * and as done after (a data statement in one transaction with its done mark), so the next run
 * knows exactly which statements took effect: it skips those, reruns one that was running when
 * the process died if the dialect has a form of it that is safe twice, and otherwise stops naming
 * the statement and the command that moves on. The version and history rows are written, and the
 * progress forgotten, in one transaction at the end. The migration lock is the session's, so it
 * is held throughout.
 */
final class ProgressStep {

    private final SqlConnection connection;
    private final Dialect dialect;
    private final VersionStore store;
    private final RetortOptions options;

    ProgressStep(SqlConnection connection, Dialect dialect, VersionStore store, RetortOptions options) {
        this.connection = connection;
        this.dialect = dialect;
        this.store = store;
        this.options = options;
    }

    /** What the progress table says of a step: which statements ran, and whether the next one was started. */
    record Progress(String revision, String direction, List<String> done, String started) {
    }

    Uni<AppliedStep> apply(RenderedStep rendered) {
        long started = System.nanoTime();
        String direction = VersionStore.direction(rendered.step().direction());
        DdlTimeouts timeouts = options.ddl().with(rendered.revision().ddl());
        List<String> limits = dialect.statementTimeouts(timeouts.lockTimeout(), timeouts.statementTimeout());
        // The transaction that read the version rows under the lock ends here; the lock stays with the session.
        return Sql.run(connection, "COMMIT")
                .chain(() -> Sql.runAll(connection, limits))
                .chain(() -> read(connection, store))
                .chain(progress -> {
                    int from = resumeAt(rendered, direction, progress);
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    List<String> statements = rendered.statements();
                    for (int i = from; i < statements.size(); i++) {
                        int ordinal = i;
                        boolean uncertain = i == from && progress.stream().anyMatch(p -> p.started() != null);
                        String sql = uncertain && dialect.commitsImplicitly(statements.get(i))
                                ? dialect.rerunnable(statements.get(i)).orElseThrow()
                                : statements.get(i);
                        Uni<Void> forget = uncertain ? Sql.run(connection, store.progressForget(rendered.id(), direction, ordinal)).replaceWithVoid()
                                : Uni.createFrom().voidItem();
                        chain = chain.chain(() -> forget).chain(() -> runOne(rendered, direction, ordinal, statements.get(ordinal), sql)
                                .onFailure(failure -> !limits.isEmpty() && failure.getCause() != null && dialect.isLockTimeout(failure.getCause()))
                                .transform(failure -> new LockWait(rendered, timeouts, failure.getCause(), true)));
                    }
                    return chain;
                })
                .chain(() -> bookkeeping(rendered, direction, (System.nanoTime() - started) / 1_000_000));
    }

    /** Every step's progress, as recorded. */
    static Uni<List<Progress>> read(SqlConnection connection, VersionStore store) {
        return Sql.run(connection, store.selectProgress()).map(rows -> {
            List<Progress> steps = new ArrayList<>();
            Progress current = null;
            for (Row row : rows) {
                String revision = row.getString("revision");
                String direction = row.getString("direction");
                if (current == null || !current.revision().equals(revision) || !current.direction().equals(direction)) {
                    current = new Progress(revision, direction, new ArrayList<>(), null);
                    steps.add(current);
                }
                if ("done".equals(row.getString("state"))) {
                    current.done().add(row.getString("statement"));
                } else {
                    current = new Progress(revision, direction, current.done(), row.getString("statement"));
                    steps.set(steps.size() - 1, current);
                }
            }
            return steps;
        });
    }

    /**
     * Where this step goes on: after the statements recorded as done, which must be the step's
     * first statements as they read today. A statement recorded as started but not done is run
     * again when that is safe: a data statement (its transaction never committed) or one the
     * dialect can make harmless twice.
     */
    private int resumeAt(RenderedStep rendered, String direction, List<Progress> progress) {
        if (progress.isEmpty()) {
            return 0;
        }
        Progress recorded = progress.get(0);
        if (progress.size() > 1 || !recorded.revision().equals(rendered.id()) || !recorded.direction().equals(direction)) {
            throw ProgressFailures.otherStepStopped(rendered, recorded);
        }
        List<String> statements = rendered.statements();
        for (int i = 0; i < recorded.done().size(); i++) {
            if (i >= statements.size() || !statements.get(i).equals(recorded.done().get(i))) {
                throw ProgressFailures.changedSince(rendered, recorded, i);
            }
        }
        int next = recorded.done().size();
        if (recorded.started() != null) {
            if (next >= statements.size() || !statements.get(next).equals(recorded.started())) {
                throw ProgressFailures.changedSince(rendered, recorded, next);
            }
            if (dialect.commitsImplicitly(recorded.started()) && dialect.rerunnable(recorded.started()).isEmpty()) {
                throw ProgressFailures.uncertain(rendered, recorded);
            }
        }
        return next;
    }

    /**
     * One statement between its started and done marks. A data statement shares a transaction with
     * its done mark; DDL commits by itself. When the database refuses the statement it changed
     * nothing (MariaDB's DDL is atomic), so its started mark goes and the step stops there.
     */
    private Uni<Void> runOne(RenderedStep rendered, String direction, int ordinal, String recordedAs, String sql) {
        boolean ddl = dialect.commitsImplicitly(sql);
        Uni<?> work = Sql.run(connection, store.progressStarted(rendered.id(), direction, ordinal, recordedAs))
                .chain(() -> ddl ? Uni.createFrom().voidItem() : Sql.run(connection, "START TRANSACTION"))
                .chain(() -> Sql.run(connection, sql).invoke(rows -> Sql.guard(SqlStatement.of(sql), rows))
                        .onFailure().call(failure -> dialect.isConnectionLost(failure) ? Uni.createFrom().voidItem()
                                : (ddl ? Uni.createFrom().voidItem() : Sql.run(connection, "ROLLBACK").replaceWithVoid())
                                        .chain(() -> Sql.run(connection, store.progressForget(rendered.id(), direction, ordinal)))
                                        .onFailure().recoverWithNull())
                        .onFailure().transform(failure -> ProgressFailures.failed(rendered, ordinal, failure, dialect)))
                .chain(() -> Sql.run(connection, store.progressDone(rendered.id(), direction, ordinal)))
                .chain(() -> ddl ? Uni.createFrom().voidItem() : Sql.run(connection, "COMMIT"));
        return work.replaceWithVoid();
    }

    private Uni<AppliedStep> bookkeeping(RenderedStep rendered, String direction, long millis) {
        Step step = rendered.step();
        List<SqlStatement> statements = new ArrayList<>();
        statements.add(SqlStatement.of("START TRANSACTION"));
        statements.addAll(store.moveRows(step.headsBefore(), step.headsAfter()));
        statements.add(store.recordHistory(rendered.id(), direction, rendered.revision().node().message(), rendered.checksum(), millis));
        statements.add(store.progressClear(rendered.id(), direction));
        statements.add(SqlStatement.of("COMMIT"));
        return Sql.runAllStatements(connection, statements)
                .onFailure().transform(failure -> Failures.inRevision(rendered, failure, dialect))
                .map(ignored -> new AppliedStep(rendered.id(), rendered.revision().node().message(), step.direction(), millis,
                        rendered.statements()));
    }
}
