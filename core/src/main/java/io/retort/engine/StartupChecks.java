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
    /** An applied revision found edited and let through (the warn policy): the run must not write a verified digest. */
    private boolean editedLetThrough;

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
        Map<String, String[]> rewrites = new HashMap<>();
        return Sql.runPipelined(connection, List.of(SqlStatement.of(store.selectRows()), SqlStatement.of(store.selectChecksums())), true)
                .map(results -> {
                    Set<String> rows = ids(results.get(0));
                    requireKnown(rows, chain.graph());
                    checkChecksums(rows, latestUpgradeChecksums(results.get(1)), rewrites);
                    return rows;
                })
                .call(rows -> rewrite(connection, rewrites));
    }

    Uni<Void> verify(SqlConnection connection, Set<String> rows) {
        requireKnown(rows, chain.graph());
        if (options.checksumPolicy() == RetortOptions.ChecksumPolicy.IGNORE || rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String[]> rewrites = new HashMap<>();
        return Sql.run(connection, store.selectChecksums()).map(history -> {
            checkChecksums(rows, latestUpgradeChecksums(history), rewrites);
            return null;
        }).chain(() -> rewrite(connection, rewrites));
    }

    /**
     * Checksums recorded by a Retort that hashed its rendered SQL, of revisions not edited since,
     * are rewritten in today's form (inside the locked transaction), so the SQL is rendered for the
     * comparison once, not at every start.
     */
    private Uni<Void> rewrite(SqlConnection connection, Map<String, String[]> rewrites) {
        if (rewrites.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        LOG.infof("Recorded checksums of %d revision(s) rewritten from rendered SQL to the revisions' operations: %s",
                rewrites.size(), String.join(", ", new TreeSet<>(rewrites.keySet())));
        List<SqlStatement> statements = new ArrayList<>();
        rewrites.forEach((id, fromTo) -> statements.add(store.rewriteChecksum(id, fromTo[0], fromTo[1])));
        return Sql.runAllStatements(connection, statements);
    }

    /**
     * Whether the applied revisions were all compared and found unedited, so the digest of the chain
     * may be recorded as verified.
     */
    boolean verifiedClean() {
        return options.checksumPolicy() != RetortOptions.ChecksumPolicy.IGNORE && !editedLetThrough;
    }

    /** The rows in the ids of the view of the graph they follow (see {@link RevisionGraph#viewFor}). */
    static Set<String> canonical(Set<String> rows, RevisionGraph graph) {
        return graph.viewFor(rows).canonicalRows(rows);
    }

    static void requireKnown(Set<String> rows, RevisionGraph graph) {
        RevisionGraph view = graph.viewFor(rows);
        Set<String> unknown = new TreeSet<>();
        view.canonicalRows(rows).stream().filter(id -> !view.contains(id)).forEach(unknown::add);
        for (String id : unknown) {
            if (graph.replacedBy(id).isPresent()) {
                throw new DatabaseAheadException("The database stopped at revision " + id + ", partway through the revisions"
                        + " squashed into " + graph.replacedBy(id).get() + ", and those revisions are no longer in the code."
                        + " Nothing was changed. Upgrade this database with a build that still has them (the version before"
                        + " they were deleted), or restore them.", unknown);
            }
        }
        if (!unknown.isEmpty()) {
            throw new DatabaseAheadException("The database is at revision " + String.join(", ", unknown)
                    + ", which this application does not know: the database is ahead of the code (migrated by a newer"
                    + " version?) or the revision was deleted. Nothing was changed. Deploy the code that contains it,"
                    + " or stamp the database to a known revision (stamp with purge).", unknown);
        }
    }

    /** Applied revisions whose checksum today differs from the one recorded when they were applied. */
    Uni<List<String>> changedRevisions(SqlConnection connection, Set<String> rows) {
        return Sql.run(connection, store.selectChecksums()).map(history -> changed(rows, latestUpgradeChecksums(history), new HashMap<>()));
    }

    /**
     * The checksum each applied revision was last recorded with: by its upgrade, by a repair (after a
     * deliberate edit), or by a stamp, which replaces every checksum recorded before it (a stamped
     * database's earlier history says nothing about the revisions it is declared to be at).
     */
    static Map<String, String> latestUpgradeChecksums(Iterable<Row> history) {
        Map<String, String> latestUpgrade = new HashMap<>();
        String previous = null;
        for (Row row : history) {
            String revision = row.getString(0);
            String direction = row.getString(1);
            if ("upgrade".equals(direction) || "repair".equals(direction)) {
                latestUpgrade.put(revision, row.getString(2));
            } else if ("downgrade".equals(direction)) {
                latestUpgrade.remove(revision);
            } else if ("stamp".equals(direction)) {
                if (!"stamp".equals(previous)) { // one stamp writes a row per head
                    latestUpgrade.clear();
                }
                if (row.getString(2) != null) {
                    latestUpgrade.put(revision, row.getString(2));
                }
            }
            previous = direction;
        }
        return latestUpgrade;
    }

    /** Edited revisions; unedited ones recorded in the older, rendered-SQL form go into {@code rewrites} (id -> [recorded, today]). */
    private List<String> changed(Set<String> rows, Map<String, String> recorded, Map<String, String[]> rewrites) {
        List<String> changed = new ArrayList<>();
        RevisionGraph view = chain.graph().viewFor(rows);
        for (String id : view.appliedSet(view.canonicalRows(rows))) {
            String before = recorded.get(id);
            if (before == null || before.equals(chain.checksum(id))) {
                continue;
            }
            if (before.equals(chain.renderedChecksum(id))) {
                rewrites.put(id, new String[] {before, chain.checksum(id)});
            } else {
                changed.add(id);
            }
        }
        return changed;
    }

    private void checkChecksums(Set<String> rows, Map<String, String> recorded, Map<String, String[]> rewrites) {
        List<String> changed = changed(rows, recorded, rewrites);
        if (changed.isEmpty()) {
            return;
        }
        String message = "Revision " + String.join(", ", changed) + " changed after it was applied: what it says no longer"
                + " matches the checksum recorded in " + options.historyTable() + ". Restore the revision as it was and put"
                + " the change in a new revision, or, if the edit was deliberate and harmless, record the new checksum with"
                + " the repair command (mvn retort:repair, or Repair in the Dev UI).";
        if (options.checksumPolicy() == RetortOptions.ChecksumPolicy.FAIL) {
            throw new ChecksumMismatchException(message, changed);
        }
        editedLetThrough = true;
        LOG.warn(message);
    }
}
