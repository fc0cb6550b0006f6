package io.retort.engine;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Records today's checksums of applied revisions that were edited on purpose (a comment, a
 * reformatted statement), in one locked transaction: a {@code repair} history row per revision,
 * which the checks read like its upgrade row. Nothing else changes.
 */
final class Repair {

    private static final Logger LOG = Logger.getLogger("io.retort");

    private final RevisionChain chain;
    private final VersionStore store;
    private final RetortOptions options;

    Repair(RevisionChain chain, VersionStore store, RetortOptions options) {
        this.chain = chain;
        this.store = store;
        this.options = options;
    }

    /** The revisions whose checksum was recorded anew, in order; empty when none was edited. */
    Uni<List<String>> run(Pool pool) {
        StartupChecks checks = new StartupChecks(chain, store, options);
        return MigrationSession.run(pool, chain.dialect(), options, connection -> Locked.begin(connection, chain.dialect(), options, store)
                .chain(() -> VersionTables.ensure(connection, chain.dialect(), options))
                .chain(() -> checks.readRows(connection))
                .chain(rows -> {
                    StartupChecks.requireKnown(rows, chain.graph());
                    return checks.changedRevisions(connection, rows);
                })
                .chain(edited -> {
                    List<SqlStatement> statements = new ArrayList<>();
                    for (String id : edited) {
                        statements.add(store.recordHistory(id, "repair", "checksum recorded after a deliberate edit", chain.checksum(id), 0));
                    }
                    return Sql.runAllStatements(connection, statements)
                            .chain(() -> Sql.run(connection, "COMMIT"))
                            .invoke(() -> LOG.infof(edited.isEmpty() ? "No applied revision was edited; nothing to repair"
                                    : "Recorded the current checksum of %s", String.join(", ", edited)))
                            .replaceWith(List.copyOf(edited));
                })
                .onFailure().call(() -> Sql.run(connection, "ROLLBACK").onFailure().recoverWithNull())
                .onFailure().transform(failure -> Failures.explain(failure, chain.dialect(), options)));
    }
}
