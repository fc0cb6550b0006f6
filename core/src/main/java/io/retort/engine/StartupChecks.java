package io.retort.engine;

import io.retort.revision.RevisionGraph;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * What is checked before anything runs: the database must not be ahead of the code, and applied
 * revisions must not have been edited since (their checksum).
 */
final class StartupChecks {

    private static final Logger LOG = Logger.getLogger("io.retort");

    private final RevisionChain chain;
    private final VersionStore store;
    private final RetortOptions options;

    StartupChecks(RevisionChain chain, VersionStore store, RetortOptions options) {
        this.chain = chain;
        this.store = store;
        this.options = options;
    }

    Uni<Set<String>> readRows(SqlConnection connection) {
        return Sql.run(connection, store.selectRows()).map(StartupChecks::ids);
    }

    static Set<String> ids(Iterable<Row> rows) {
        Set<String> ids = new LinkedHashSet<>();
        for (Row row : rows) {
            ids.add(row.getString(0));
        }
        return ids;
    }

    /**
     * The version rows, checked before anything runs: known revisions, unchanged checksums. Where the
     * client pipelines, rows and checksums are read in one round trip.
     */
    Uni<Set<String>> readVerifiedRows(SqlConnection connection) {
        if (!store.dialect().pipelines() || options.checksumPolicy() == RetortOptions.ChecksumPolicy.IGNORE) {
            return readRows(connection).call(rows -> verify(connection, rows));
        }
        return Sql.runPipelined(connection, List.of(SqlStatement.of(store.selectRows()), SqlStatement.of(store.selectChecksums())), true)
                .map(results -> {
                    Set<String> rows = ids(results.get(0));
                    requireKnown(rows, chain.graph());
                    checkChecksums(rows, latestUpgradeChecksums(results.get(1)));
                    return rows;
                });
    }

    Uni<Void> verify(SqlConnection connection, Set<String> rows) {
        requireKnown(rows, chain.graph());
        if (options.checksumPolicy() == RetortOptions.ChecksumPolicy.IGNORE || rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Sql.run(connection, store.selectChecksums()).map(history -> {
            checkChecksums(rows, latestUpgradeChecksums(history));
            return null;
        });
    }

    static void requireKnown(Set<String> rows, RevisionGraph graph) {
        Set<String> unknown = new TreeSet<>();
        rows.stream().filter(id -> !graph.contains(id)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new DatabaseAheadException("The database is at revision " + String.join(", ", unknown)
                    + ", which this application does not know: the database is ahead of the code (migrated by a newer"
                    + " version?) or the revision was deleted. Nothing was changed. Deploy the code that contains it,"
                    + " or stamp the database to a known revision (stamp with purge).", unknown);
        }
    }

    /** Applied revisions whose checksum today differs from the one recorded when they were applied. */
    Uni<List<String>> changedRevisions(SqlConnection connection, Set<String> rows) {
        return Sql.run(connection, store.selectChecksums()).map(history -> changed(rows, latestUpgradeChecksums(history)));
    }

    private static Map<String, String> latestUpgradeChecksums(Iterable<Row> history) {
        Map<String, String> latestUpgrade = new HashMap<>();
        for (Row row : history) {
            String revision = row.getString(0);
            String direction = row.getString(1);
            if ("upgrade".equals(direction)) {
                latestUpgrade.put(revision, row.getString(2));
            } else if ("downgrade".equals(direction)) {
                latestUpgrade.remove(revision);
            }
        }
        return latestUpgrade;
    }

    private List<String> changed(Set<String> rows, Map<String, String> recorded) {
        List<String> changed = new ArrayList<>();
        for (String id : chain.graph().appliedSet(rows)) {
            String before = recorded.get(id);
            if (before != null && !before.equals(chain.checksum(id))) {
                changed.add(id);
            }
        }
        return changed;
    }

    private void checkChecksums(Set<String> rows, Map<String, String> recorded) {
        List<String> changed = changed(rows, recorded);
        if (changed.isEmpty()) {
            return;
        }
        String message = "Revision " + String.join(", ", changed) + " changed after it was applied: its SQL no longer"
                + " matches the checksum recorded in " + options.historyTable() + ". Restore the revision as it was and put"
                + " the change in a new revision, or, if the edit is harmless, set the checksum policy to warn.";
        if (options.checksumPolicy() == RetortOptions.ChecksumPolicy.FAIL) {
            throw new ChecksumMismatchException(message, changed);
        }
        LOG.warn(message);
    }
}
