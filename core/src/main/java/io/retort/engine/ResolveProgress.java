package io.retort.engine;

import io.retort.engine.ProgressStep.Progress;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Settles the statement left in doubt by a revision that stopped part way (on a database whose DDL
 * commits as it goes), as the user found it: recorded as done when it took effect, forgotten when
 * it did not, so the next run goes on after it or runs it. Under the migration lock.
 */
final class ResolveProgress {

    private static final Logger LOG = Logger.getLogger("io.retort");

    private final RevisionChain chain;
    private final VersionStore store;
    private final RetortOptions options;

    ResolveProgress(RevisionChain chain, VersionStore store, RetortOptions options) {
        this.chain = chain;
        this.store = store;
        this.options = options;
    }

    /** What was settled, as a sentence. */
    Uni<String> run(Pool pool, boolean ran) {
        if (!store.recordsProgress()) {
            return Uni.createFrom().item("Nothing to resolve: every revision runs in one transaction on " + chain.dialect().name());
        }
        return MigrationSession.run(pool, chain.dialect(), options, connection -> Locked.begin(connection, chain.dialect(), options, store)
                .chain(() -> VersionTables.ensure(connection, chain.dialect(), options))
                .chain(() -> ProgressStep.read(connection, store))
                .chain(progress -> {
                    Progress stopped = progress.stream().filter(p -> p.started() != null).findFirst().orElse(null);
                    if (stopped == null) {
                        String sentence = progress.isEmpty() ? "Nothing to resolve: no revision stopped part way"
                                : "Nothing to resolve: revision " + progress.get(0).revision() + " stopped after a statement that failed,"
                                        + " which changed nothing; fix it and run the " + progress.get(0).direction() + " again";
                        return Sql.run(connection, "COMMIT").replaceWith(sentence);
                    }
                    int ordinal = stopped.done().size();
                    SqlStatement settle = ran ? store.progressDone(stopped.revision(), stopped.direction(), ordinal)
                            : store.progressForget(stopped.revision(), stopped.direction(), ordinal);
                    String sentence = "Recorded statement " + (ordinal + 1) + " of revision " + stopped.revision() + " (" + stopped.direction()
                            + ") as " + (ran ? "done; the next " + stopped.direction() + " goes on after it"
                                    : "not run; the next " + stopped.direction() + " runs it");
                    return Sql.runAllStatements(connection, List.of(settle, SqlStatement.of("COMMIT")))
                            .invoke(() -> LOG.info(sentence)).replaceWith(sentence);
                })
                .onFailure().call(() -> Sql.run(connection, "ROLLBACK").onFailure().recoverWithNull())
                .onFailure().transform(failure -> Failures.explain(failure, chain.dialect(), options)));
    }
}
