package io.retort.engine;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/** Sets the version rows without running revisions, in one locked transaction, and records it. */
final class Stamp {

    private static final Logger LOG = Logger.getLogger("io.retort");

    private final RevisionChain chain;
    private final VersionStore store;
    private final RetortOptions options;

    Stamp(RevisionChain chain, VersionStore store, RetortOptions options) {
        this.chain = chain;
        this.store = store;
        this.options = options;
    }

    Uni<Set<String>> run(Pool pool, String target, boolean purge) {
        StartupChecks checks = new StartupChecks(chain, store, options);
        return MigrationSession.run(pool, chain.dialect(), options, connection -> Locked.begin(connection, chain.dialect(), options, store)
                .chain(() -> VersionTables.ensure(connection, chain.dialect(), options))
                .chain(() -> checks.readRows(connection))
                .chain(rows -> {
                    if (!purge) {
                        StartupChecks.requireKnown(rows, chain.graph());
                    }
                    Set<String> from = purge ? Set.of() : StartupChecks.canonical(rows, chain.graph());
                    Set<String> targetRows = chain.graph().viewFor(from).resolve(target, from);
                    List<SqlStatement> statements = new ArrayList<>();
                    statements.add(store.deleteAllRows());
                    statements.addAll(store.moveRows(Set.of(), targetRows));
                    for (String id : targetRows.isEmpty() ? Set.of("base") : targetRows) {
                        String message = id.equals("base") ? "stamped to base" : chain.graph().nodeInAnyView(id).message();
                        statements.add(store.recordHistory(id, "stamp", message,
                                id.equals("base") ? null : chain.checksum(id), 0));
                    }
                    return Sql.runAllStatements(connection, statements)
                            .chain(() -> Sql.run(connection, "COMMIT"))
                            .invoke(() -> LOG.infof("Stamped the database at %s", Failures.describeRows(targetRows)))
                            .replaceWith(targetRows);
                })
                .onFailure().call(() -> Sql.run(connection, "ROLLBACK").onFailure().recoverWithNull())
                .onFailure().transform(failure -> Failures.explain(failure, chain.dialect(), options)));
    }
}
