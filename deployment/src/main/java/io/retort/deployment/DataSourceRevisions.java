package io.retort.deployment;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.retort.revision.RevisionException;
import io.retort.revision.RevisionGraph;
import io.retort.runtime.RetortBuildTimeConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns revisions to datasources by package (the default datasource takes what no named one
 * claims) and validates each datasource's graph, so a broken graph fails the build.
 */
final class DataSourceRevisions {

    private DataSourceRevisions() {
    }

    static Map<String, List<DiscoveredRevision>> assign(List<DiscoveredRevision> revisions, RetortBuildTimeConfig config) {
        Map<String, List<DiscoveredRevision>> byDataSource = new LinkedHashMap<>();
        for (DiscoveredRevision revision : revisions) {
            byDataSource.computeIfAbsent(owner(revision.className(), config), key -> new ArrayList<>()).add(revision);
        }
        return byDataSource;
    }

    private static String owner(String className, RetortBuildTimeConfig config) {
        String best = DataSourceUtil.DEFAULT_DATASOURCE_NAME;
        int bestLength = -1;
        for (var entry : config.datasources().entrySet()) {
            Optional<List<String>> packages = entry.getValue().packages();
            if (packages.isEmpty()) {
                continue;
            }
            for (String pkg : packages.get()) {
                if ((className.startsWith(pkg + ".")) && pkg.length() > bestLength) {
                    best = entry.getKey();
                    bestLength = pkg.length();
                }
            }
        }
        return best;
    }

    /** The graph's problems for one datasource, as sentences; empty when it is sound. */
    static List<String> validate(String datasource, List<DiscoveredRevision> revisions) {
        List<String> problems = new ArrayList<>();
        String where = DataSourceUtil.isDefault(datasource) ? "" : " of datasource " + datasource;
        try {
            RevisionGraph graph = RevisionGraph.of(revisions.stream().map(DiscoveredRevision::node).toList());
            List<String> unlabeled = graph.unlabeledHeads();
            if (!unlabeled.isEmpty()) {
                problems.add("The revisions" + where + " have " + graph.heads().size() + " heads (" + String.join(", ", graph.heads())
                        + ") and no branch label says that is intended for " + String.join(", ", unlabeled)
                        + ": merge them with a revision whose parent lists every head (retort:merge), or give each branch"
                        + " a label with @Revision(branchLabels = ...)");
            }
        } catch (RevisionException e) {
            problems.add("The revision graph" + where + " is invalid: " + e.getMessage());
        }
        return problems;
    }
}
