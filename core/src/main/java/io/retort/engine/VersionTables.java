package io.retort.engine;

import io.retort.dialect.Dialect;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Creates the version and history tables when missing. Runs inside the locked transaction, so the
 * look-then-create cannot race; looking first keeps PostgreSQL from logging an "already exists"
 * notice on every start.
 */
final class VersionTables {

    private VersionTables() {
    }

    static Uni<Void> ensure(SqlConnection connection, Dialect dialect, RetortOptions options) {
        return ensure(connection, dialect, options.versionTable(), dialect.createVersionTable(options.versionTable()))
                .chain(() -> ensure(connection, dialect, options.historyTable(), dialect.createHistoryTable(options.historyTable())));
    }

    private static Uni<Void> ensure(SqlConnection connection, Dialect dialect, String table, String ddl) {
        return Sql.run(connection, dialect.tableExistsQuery(table))
                .chain(found -> found.size() > 0 ? Uni.createFrom().voidItem() : Sql.run(connection, ddl).replaceWithVoid());
    }
}
