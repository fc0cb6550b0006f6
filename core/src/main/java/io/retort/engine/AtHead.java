package io.retort.engine;

import io.retort.dialect.Dialect;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import java.util.Set;

/**
 * The start with nothing to do, kept flat: under the lock, the version rows and the digest row are
 * read in one round trip and compared with what the build knows. Equal rows, an equal digest and no
 * history written since it was verified mean the database is at the code's heads with every applied
 * revision unedited; anything else is left to the full run, which reads and checks it all.
 */
final class AtHead {

    private AtHead() {
    }

    /** The version rows when the database is verified at the heads; {@code null} when the full run must look. */
    static Uni<Set<String>> check(SqlConnection connection, Dialect dialect, VersionStore store, RetortOptions options, ChainAtHead built) {
        return Locked.begin(connection, dialect, options, store)
                .chain(() -> VersionTables.ensure(connection, dialect, options))
                .chain(() -> Sql.runPipelined(connection, List.of(SqlStatement.of(store.selectRows()), SqlStatement.of(store.selectDigest())),
                        dialect.pipelines()))
                .map(results -> {
                    Set<String> rows = StartupChecks.ids(results.get(0));
                    return rows.equals(built.heads()) && verified(results.get(1), built, options) ? rows : null;
                })
                .call(() -> Sql.run(connection, "COMMIT"))
                .onFailure().call(() -> Sql.run(connection, "ROLLBACK").onFailure().recoverWithNull());
    }

    private static boolean verified(RowSet<Row> digest, ChainAtHead built, RetortOptions options) {
        if (options.checksumPolicy() == RetortOptions.ChecksumPolicy.IGNORE) {
            return true;
        }
        if (digest.size() != 1) {
            return false;
        }
        Row row = digest.iterator().next();
        Object newest = row.getValue(2);
        return built.digest().equals(row.getString(0)) && newest != null
                && ((Number) row.getValue(1)).longValue() == ((Number) newest).longValue();
    }

    /** Whether {@code target} means the heads of a graph whose heads are {@code heads}. */
    static boolean meansHeads(String target, Set<String> heads) {
        return "heads".equals(target) || "head".equals(target) && heads.size() == 1;
    }
}
