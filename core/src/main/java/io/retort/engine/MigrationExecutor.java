package io.retort.engine;

import io.retort.dialect.Dialect;
import io.retort.revision.Direction;
import io.retort.revision.MigrationPlan;
import io.retort.revision.RevisionGraph;
import io.retort.revision.Step;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Applies a plan one revision per transaction. Each transaction takes the lock, re-reads the
 * version rows and re-plans from them, so several processes upgrading together apply each revision
 * exactly once: whoever gets the lock does the next step, the others find it done.
 */
final class MigrationExecutor {

    private static final Logger LOG = Logger.getLogger("io.retort");

    private final Supplier<RevisionChain> chains;
    private final Dialect dialect;
    private final VersionStore store;
    private final RetortOptions options;
    private final ChainAtHead built;
    private RevisionChain chain;
    private StartupChecks checks;

    /** {@code chains} is asked only when the database is not verified at {@code built}'s heads ({@code built} may be null). */
    MigrationExecutor(Supplier<RevisionChain> chains, Dialect dialect, VersionStore store, RetortOptions options, ChainAtHead built) {
        this.chains = chains;
        this.dialect = dialect;
        this.store = store;
        this.options = options;
        this.built = built;
    }

    /** The state of one run, on one connection, across its transactions. */
    private static final class Run {
        final Direction direction;
        final String target;
        Set<String> targetRows;
        Set<String> from;
        Set<String> rows;
        final List<AppliedStep> applied = new ArrayList<>();
        /** The steps planned last, and which comes next if nobody else moved the database meanwhile. */
        List<Step> planned;
        int next;
        /** After a chained batch failed: the next step runs on its own, so its error is reported as usual. */
        boolean alone;

        Run(Direction direction, String target) {
            this.direction = direction;
            this.target = target;
        }
    }

    Uni<MigrationResult> run(Pool pool, Direction direction, String target) {
        Run run = new Run(direction, target);
        return MigrationSession.run(pool, dialect, options, connection -> atHead(connection, direction, target)
                .chain(rows -> rows != null
                        ? Uni.createFrom().item(new MigrationResult(direction, rows, rows, List.of()))
                        : Uni.createFrom().deferred(() -> {
                            chain = chains.get();
                            checks = new StartupChecks(chain, store, options);
                            return Multi.createBy().repeating().uni(() -> nextStep(pool, connection, run, 1)).whilst(more -> more)
                                    .collect().last().map(ignored -> new MigrationResult(direction, run.from, run.rows, run.applied));
                        })));
    }

    /** The version rows when an upgrade to the heads finds the database verified there (see {@link AtHead}), else null. */
    private Uni<Set<String>> atHead(SqlConnection connection, Direction direction, String target) {
        if (built == null || direction != Direction.UPGRADE || !AtHead.meansHeads(target, built.heads())) {
            return Uni.createFrom().nullItem();
        }
        return AtHead.check(connection, dialect, store, options, built)
                .invoke(rows -> {
                    if (rows != null) {
                        LOG.debugf("Retort: the database is at %s, verified by the digest in %s; no revision read", rows, options.digestTable());
                    }
                })
                .onFailure().transform(failure -> Failures.explain(failure, dialect, options));
    }

    /**
     * One locked transaction: re-plan from the current rows and apply the first step, if any. A step
     * that ran into its DDL lock timeout was rolled back; it is tried again after a pause, as often
     * as its timeouts allow, then given up with the sessions that held the locks named.
     */
    private Uni<Boolean> nextStep(Pool pool, SqlConnection connection, Run run, int attempt) {
        List<RenderedStep> chained = attempt == 1 && !run.alone ? chainable(run) : List.of();
        if (chained.size() > 1) {
            return new ChainedSteps(connection, dialect, store, options).apply(chained)
                    .invoke(applied -> {
                        for (int i = 0; i < applied.size(); i++) {
                            record(run, chained.get(i), applied.get(i));
                        }
                        run.next += applied.size();
                    })
                    .replaceWith(true)
                    .onFailure(failure -> !dialect.isConnectionLost(failure)).recoverWithUni(() -> afterChainFailed(connection, run, chained))
                    .onFailure(dialect::isConnectionLost).recoverWithUni(failure -> lostInChain(pool, chained, failure))
                    .onFailure().transform(failure -> Failures.explain(failure, dialect, options));
        }
        run.alone = false;
        return Uni.createFrom().deferred(() -> attempt(pool, connection, run))
                .onFailure(LockWait.class).recoverWithUni(failure -> {
                    LockWait wait = (LockWait) failure;
                    if (attempt > wait.timeouts.lockRetries()) {
                        return LockHolders.describe(connection, dialect, chain, wait, attempt)
                                .onItem().<Boolean>transformToUni(error -> Uni.createFrom().failure(error));
                    }
                    Duration pause = wait.timeouts.pauseBefore(attempt + 1);
                    LOG.warnf("Revision %s waited longer than its lock timeout (%d ms) for a table lock; rolled back, trying again in %d ms"
                            + " (attempt %d of %d)", wait.rendered.id(), wait.timeouts.lockTimeout().toMillis(), pause.toMillis(), attempt + 1,
                            wait.timeouts.lockRetries() + 1);
                    return Uni.createFrom().voidItem().onItem().delayIt().by(pause).chain(() -> nextStep(pool, connection, run, attempt + 1));
                })
                .onFailure().transform(failure -> Failures.explain(failure, dialect, options));
    }

    private Uni<Boolean> attempt(Pool pool, SqlConnection connection, Run run) {
        return lockAndReadRows(connection, run)
                .chain(raw -> canonicalRows(connection, raw))
                .chain(rows -> {
                    run.rows = rows;
                    if (run.from == null) {
                        run.from = rows;
                    }
                    Step step = nextPlannedStep(run, rows);
                    if (step == null) {
                        return finish(connection, rows).replaceWith(false);
                    }
                    RenderedStep rendered = chain.renderAt(step, rows);
                    if (store.recordsProgress()) {
                        return new ProgressStep(connection, dialect, store, options).apply(rendered)
                                .invoke(done -> record(run, rendered, done)).replaceWith(true);
                    }
                    if (!rendered.transactional()) {
                        return new NonTransactionalStep(pool, connection, dialect, store).apply(rendered)
                                .invoke(done -> record(run, rendered, done)).replaceWith(true);
                    }
                    return apply(connection, rendered).invoke(done -> record(run, rendered, done)).replaceWith(true);
                })
                .onFailure().call(() -> Sql.run(connection, "ROLLBACK").onFailure().recoverWithNull());
    }

    /**
     * Opens the step's transaction under the lock and reads the version rows. The first step also
     * creates the version tables and checks the applied revisions; later ones send it all as one
     * request where the database takes several statements in one query string.
     */
    private Uni<Set<String>> lockAndReadRows(SqlConnection connection, Run run) {
        if (run.targetRows == null) {
            return Locked.begin(connection, dialect, options, store)
                    .chain(() -> VersionTables.ensure(connection, dialect, options))
                    .chain(() -> checks.readVerifiedRows(connection));
        }
        if (!dialect.multiStatementQueries()) {
            return Locked.begin(connection, dialect, options, store).chain(() -> checks.readRows(connection));
        }
        List<String> statements = new ArrayList<>(dialect.beginLocked(options.lockTimeout(), store.lockKey()));
        statements.add(store.selectRows());
        return Sql.runBatchAll(connection, statements)
                .onFailure(dialect::isLockTimeout).transform(failure -> Failures.lockTimeout(failure, options))
                .chain(results -> {
                    if (!dialect.triesLock() || Locked.taken(results.get(results.size() - 2))) {
                        return Uni.createFrom().item(StartupChecks.ids(results.get(results.size() - 1)));
                    }
                    return Locked.retry(connection, dialect, options, store, Locked.deadline(options), Locked.firstPause())
                            .chain(() -> checks.readRows(connection));
                });
    }

    /**
     * The next planned steps that can go to the database together ({@link ChainedSteps}): only once a
     * step of this run went the one-step way (which created the tables and checked what is applied)
     * and the rows are still where the plan left them.
     */
    private List<RenderedStep> chainable(Run run) {
        if (run.planned == null || run.next == 0 || run.next >= run.planned.size() - 1
                || !run.rows.equals(run.planned.get(run.next - 1).headsAfter())) {
            return List.of();
        }
        List<RenderedStep> chained = new ArrayList<>();
        Set<String> rows = run.rows;
        int chars = 0;
        for (int i = run.next; i < run.planned.size() && chained.size() < options.chainedSteps(); i++) {
            RenderedStep rendered = chain.renderAt(run.planned.get(i), rows);
            chars += ChainedSteps.length(rendered);
            if (!ChainedSteps.chainable(dialect, store, rendered) || chars > ChainedSteps.MAX_CHARS && !chained.isEmpty()) {
                break;
            }
            chained.add(rendered);
            rows = rendered.step().headsAfter();
        }
        return chained;
    }

    /**
     * A chained batch stopped: its transaction in flight is rolled back, and the version rows say how
     * many of its steps committed before (each moved them one step along the plan); those are
     * recorded with the durations their history rows hold. The step that failed then runs on its own
     * (or, if another process moved the database, the plan is made again from its rows).
     */
    private Uni<Boolean> afterChainFailed(SqlConnection connection, Run run, List<RenderedStep> chained) {
        return Sql.run(connection, "ROLLBACK").onFailure().recoverWithNull()
                .chain(() -> Sql.run(connection, store.selectRows()))
                .chain(found -> {
                    Set<String> rows = StartupChecks.canonical(StartupChecks.ids(found), chain.graph());
                    int committed = 0;
                    for (int i = 0; i < chained.size(); i++) {
                        if (rows.equals(chained.get(i).step().headsAfter())) {
                            committed = i + 1;
                        }
                    }
                    run.alone = true;
                    if (committed == 0) {
                        return Uni.createFrom().item(true);
                    }
                    int count = committed;
                    return Sql.run(connection, store.selectLatestDurations(count)).map(durations -> {
                        List<Long> newestFirst = new ArrayList<>();
                        durations.forEach(row -> newestFirst.add(((Number) row.getValue(1)).longValue()));
                        for (int i = 0; i < count; i++) {
                            RenderedStep rendered = chained.get(i);
                            long millis = count - 1 - i < newestFirst.size() ? newestFirst.get(count - 1 - i) : 0;
                            record(run, rendered, new AppliedStep(rendered.id(), rendered.revision().node().message(),
                                    rendered.step().direction(), millis, rendered.statements()));
                        }
                        run.next += count;
                        return true;
                    });
                });
    }

    /**
     * The connection died while a batch ran: its transaction in flight was rolled back by the server.
     * Another connection reads the version rows, to name the revision that was interrupted as the
     * one-step way would; if that fails too, the failure says only that the connection was lost.
     */
    private Uni<Boolean> lostInChain(Pool pool, List<RenderedStep> chained, Throwable failure) {
        Throwable cause = failure instanceof Sql.StatementFailure && failure.getCause() != null ? failure.getCause() : failure;
        return pool.withConnection(other -> Sql.run(other, store.selectRows()))
                .onFailure().recoverWithNull()
                .chain(found -> {
                    if (found != null) {
                        Set<String> rows = StartupChecks.canonical(StartupChecks.ids(found), chain.graph());
                        for (RenderedStep rendered : chained) {
                            if (rows.equals(rendered.step().headsBefore())) {
                                return Uni.createFrom().failure(Failures.inRevision(rendered, cause, dialect));
                            }
                        }
                    }
                    return Uni.createFrom().failure(cause);
                });
    }

    /**
     * The step to apply now. Planning walks the whole graph, so the plan is kept and followed while
     * the version rows are what its previous step left; rows moved by another process mean a new plan.
     */
    private Step nextPlannedStep(Run run, Set<String> rows) {
        boolean onPlan = run.planned != null && run.next > 0 && run.next <= run.planned.size()
                && rows.equals(run.planned.get(run.next - 1).headsAfter());
        if (!onPlan) {
            run.planned = plan(run, rows).steps();
            run.next = 0;
        }
        return run.next < run.planned.size() ? run.planned.get(run.next++) : null;
    }

    private MigrationPlan plan(Run run, Set<String> rows) {
        RevisionGraph view = chain.graph().viewFor(rows);
        if (run.targetRows == null) {
            MigrationPlan plan = run.direction == Direction.UPGRADE
                    ? view.upgradePlan(rows, run.target)
                    : view.downgradePlan(rows, run.target);
            run.targetRows = plan.to();
            return plan;
        }
        // Resolved in another view (before the database finished a squashed run): the same revisions in this one's ids.
        Set<String> target = view.canonicalRows(run.targetRows);
        return run.direction == Direction.UPGRADE
                ? view.upgradePlanTo(rows, target)
                : view.downgradePlanTo(rows, target);
    }

    /**
     * The version rows in the ids of the view the database follows. A database that applied every
     * revision a squash replaces is at the squash: its row is rewritten so (in the step's transaction,
     * under the lock), and from then on it follows the squashed view like a database that applied the
     * squash itself.
     */
    private Uni<Set<String>> canonicalRows(SqlConnection connection, Set<String> raw) {
        Set<String> rows = StartupChecks.canonical(raw, chain.graph());
        if (rows.equals(raw)) {
            return Uni.createFrom().item(raw);
        }
        LOG.infof("Version rows %s recorded as %s: the database applied every revision the squash replaces", raw, rows);
        return Sql.runAllStatements(connection, store.moveRows(raw, rows)).replaceWith(rows);
    }

    /** The revision's statements, its version-row change and its history row, then COMMIT. */
    private Uni<AppliedStep> apply(SqlConnection connection, RenderedStep rendered) {
        long started = System.nanoTime();
        Step step = rendered.step();
        DdlTimeouts timeouts = options.ddl().with(rendered.revision().ddl());
        List<String> limits = dialect.statementTimeouts(timeouts.lockTimeout(), timeouts.statementTimeout());
        List<String> statements = new ArrayList<>(limits);
        statements.addAll(rendered.statements());
        return Sql.runPipelined(connection, Sql.plain(statements), dialect.pipelines())
                // Only where the revision ran under its own lock timeout (SQLite's busy errors come from its one write lock, taken at BEGIN).
                .onFailure(failure -> !limits.isEmpty() && dialect.isLockTimeout(failure))
                .transform(failure -> new LockWait(rendered, timeouts, failure))
                .onFailure().transform(failure -> Failures.inRevision(rendered, failure, dialect))
                .chain(() -> checkForeignKeys(connection, rendered))
                .chain(() -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    List<SqlStatement> bookkeeping = new ArrayList<>(store.moveRows(step.headsBefore(), step.headsAfter()));
                    bookkeeping.add(store.recordHistory(rendered.id(), VersionStore.direction(step.direction()),
                            rendered.revision().node().message(), rendered.checksum(), millis));
                    bookkeeping.add(SqlStatement.of("COMMIT"));
                    Uni<?> written = dialect.multiStatementQueries()
                            ? Sql.runBatch(connection, bookkeeping.stream().map(store::inline).toList())
                            : Sql.runPipelined(connection, bookkeeping, dialect.pipelines());
                    return written
                            .onFailure().transform(failure -> Failures.inRevision(rendered, failure, dialect))
                            .map(ignored -> new AppliedStep(rendered.id(), rendered.revision().node().message(),
                                    step.direction(), millis, rendered.statements()));
                });
    }

    /**
     * The last transaction of a run: every applied revision was verified at the first step or
     * recorded since with today's checksum, so the chain's digest is written as verified (unless an
     * edited revision was let through), for the next start at head to compare instead of reading.
     */
    private Uni<Void> finish(SqlConnection connection, Set<String> rows) {
        if (!checks.verifiedClean()) {
            return Sql.run(connection, "COMMIT").replaceWithVoid();
        }
        List<SqlStatement> statements = new ArrayList<>(store.writeDigest(ChainDigest.of(rows, chain)));
        statements.add(SqlStatement.of("COMMIT"));
        return Sql.runPipelined(connection, statements, dialect.pipelines()).replaceWithVoid();
    }

    /** Fails the revision, before it commits, when it leaves rows whose foreign key points at no row. */
    private Uni<Void> checkForeignKeys(SqlConnection connection, RenderedStep rendered) {
        if (dialect.foreignKeyCheck().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.query(dialect.foreignKeyCheck().get()).execute().map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            throw Failures.orphans(rendered, rows);
        });
    }

    private void record(Run run, RenderedStep rendered, AppliedStep done) {
        run.applied.add(done);
        run.rows = rendered.step().headsAfter();
        String message = rendered.revision().node().message();
        LOG.infof("%s %s%s in %d ms", rendered.step().direction() == Direction.UPGRADE ? "Applied" : "Unapplied",
                rendered.id(), message.isBlank() ? "" : " (" + message + ")", done.durationMillis());
    }
}
