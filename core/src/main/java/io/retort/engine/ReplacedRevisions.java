package io.retort.engine;

import io.retort.revision.RevisionGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one database stands with each squash whose replaced revisions are still in the code: partway
 * through them (the replaced revisions must stay until it moves on), or not (past them, or not yet at
 * them: it applies the squash). The replaced revisions can be deleted once no database is partway.
 *
 * @param squash   the squashed revision
 * @param replaced the revisions it replaces, oldest first
 * @param partway  the replaced revision the database stopped at, or null
 * @param past     whether the database applied the squash or every revision it replaces
 */
public record ReplacedRevisions(String squash, List<String> replaced, String partway, boolean past) {

    /** One entry per squash whose replaced revisions exist, for a database at {@code rows} (as read, before any rewrite). */
    static List<ReplacedRevisions> of(RevisionGraph graph, Set<String> rows) {
        List<ReplacedRevisions> all = new ArrayList<>();
        RevisionGraph view = graph.viewFor(rows);
        Set<String> applied = view.appliedSet(view.canonicalRows(rows));
        for (Map.Entry<String, List<String>> squash : graph.squashes().entrySet()) {
            if (!graph.replacedPresent(squash.getKey())) {
                continue;
            }
            List<String> replaced = squash.getValue();
            String partway = rows.stream().filter(row -> replaced.contains(row) && !row.equals(replaced.get(replaced.size() - 1)))
                    .findFirst().orElse(null);
            boolean past = partway == null && (applied.contains(squash.getKey()) || applied.contains(replaced.get(replaced.size() - 1)));
            all.add(new ReplacedRevisions(squash.getKey(), replaced, partway, past));
        }
        return all;
    }

    /** Whether this database keeps the replaced revisions from being deleted. */
    public boolean blocksDeletion() {
        return partway != null;
    }

    public String describe() {
        if (partway != null) {
            return "partway through them, at " + partway + ": keep them until it is upgraded past " + replaced.get(replaced.size() - 1);
        }
        return past ? "past them" : "not at them yet (it will apply " + squash + " instead)";
    }
}
