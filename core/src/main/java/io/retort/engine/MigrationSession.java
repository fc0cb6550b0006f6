package io.retort.engine;

import io.retort.dialect.Dialect;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * A connection borrowed from the application's pool for migration work: the dialect's session
 * settings on it first, and the application's settings back before it returns (SQLite's foreign
 * keys). The connection goes back to the application whatever happened, so the teardown is checked,
 * not assumed: when it fails the run fails, naming it, instead of leaving a connection that quietly
 * behaves differently.
 */
final class MigrationSession {

    private static final Logger LOG = Logger.getLogger("io.retort");

    private MigrationSession() {
    }

    static <T> Uni<T> run(Pool pool, Dialect dialect, RetortOptions options, Function<SqlConnection, Uni<T>> work) {
        return pool.withConnection(connection -> Sql.runAll(connection, dialect.sessionSetup(options.lockTimeout()))
                .chain(() -> work.apply(connection))
                .onItemOrFailure().call((item, failure) -> teardown(connection, dialect, options, failure))
                // Given up (a start-up timeout): a revision's transaction may still be open, and the
                // teardown does nothing inside one. Rolling back where none is open only fails.
                .onCancellation().call(() -> Sql.run(connection, "ROLLBACK").onFailure().recoverWithNull()
                        .chain(() -> teardown(connection, dialect, options, null)).onFailure().invoke(f -> LOG.error(f.getMessage()))));
    }

    private static Uni<Void> teardown(SqlConnection connection, Dialect dialect, RetortOptions options, Throwable earlier) {
        List<String> statements = new ArrayList<>(dialect.releaseLock(options.lockKey(dialect.lockScope())));
        statements.addAll(dialect.sessionTeardown());
        return Sql.runPipelined(connection, Sql.plain(statements), false).replaceWithVoid()
                .onFailure().transform(failure -> {
                    RetortException restored = new RetortException("Retort could not hand its connection back to the application as"
                            + " it found it (" + String.join("; ", statements) + "): " + Sql.reason(failure), failure);
                    if (earlier != null) {
                        // The run's own failure is what the user needs first; this one is logged beside it.
                        LOG.error(restored.getMessage());
                        earlier.addSuppressed(restored);
                        return earlier;
                    }
                    return restored;
                });
    }
}
