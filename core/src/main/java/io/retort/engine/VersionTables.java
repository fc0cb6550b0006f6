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
        List<String> tables = new ArrayList<>(List.of(options.versionTable(), options.historyTable(), options.digestTable()));
        List<String> creates = new ArrayList<>(List.of(dialect.createVersionTable(options.versionTable()),
                dialect.createHistoryTable(options.historyTable()), new VersionStore(dialect, options).createDigestTable()));
        dialect.createProgressTable(options.progressTable()).ifPresent(create -> {
            tables.add(options.progressTable());
            creates.add(create);
        });
        List<SqlStatement> lookups = tables.stream().map(table -> SqlStatement.of(dialect.tableExistsQuery(table))).toList();
        return Sql.runPipelined(connection, lookups, dialect.pipelines()).chain(found -> {
            List<SqlStatement> missing = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).size() == 0) {
                    missing.add(SqlStatement.of(creates.get(i)));
                }
            }
            return Sql.runPipelined(connection, missing, dialect.pipelines()).replaceWithVoid();
        });
    }
}
