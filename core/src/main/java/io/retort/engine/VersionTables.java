package io.retort.engine;

import io.retort.dialect.Dialect;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the version and history tables when missing. Runs inside the locked transaction, so the
 * look-then-create cannot race; looking first keeps PostgreSQL from logging an "already exists"
 * notice on every start.
 */
final class VersionTables {

    private VersionTables() {
    }

    static Uni<Void> ensure(SqlConnection connection, Dialect dialect, RetortOptions options) {
        List<SqlStatement> lookups = List.of(SqlStatement.of(dialect.tableExistsQuery(options.versionTable())),
                SqlStatement.of(dialect.tableExistsQuery(options.historyTable())));
        return Sql.runPipelined(connection, lookups, dialect.pipelines()).chain(found -> {
            List<SqlStatement> missing = new ArrayList<>();
            if (found.get(0).size() == 0) {
                missing.add(SqlStatement.of(dialect.createVersionTable(options.versionTable())));
            }
            if (found.get(1).size() == 0) {
                missing.add(SqlStatement.of(dialect.createHistoryTable(options.historyTable())));
            }
            return Sql.runPipelined(connection, missing, dialect.pipelines()).replaceWithVoid();
        });
    }
}
