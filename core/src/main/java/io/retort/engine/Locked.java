package io.retort.engine;

import io.retort.dialect.Dialect;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** Opens a migration transaction holding the lock, turning a lock wait that runs out into a clear error. */
final class Locked {

    private Locked() {
    }

    static Uni<Void> begin(SqlConnection connection, Dialect dialect, RetortOptions options, VersionStore store) {
        return Sql.runPipelined(connection, Sql.plain(dialect.beginLocked(options.lockTimeout(), store.lockKey())), dialect.pipelines())
                .replaceWithVoid()
                .onFailure(dialect::isLockTimeout).transform(failure -> Failures.lockTimeout(failure, options));
    }
}
