package io.retort.app;

import io.retort.engine.RevisionChain;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One datasource's lint settings: whether findings fail the build ({@code quarkus.retort.lint.fail})
 * and the last revision already deployed everywhere ({@code quarkus.retort.lint.deployed}): it and
 * everything below it ran long ago and are not linted again.
 */
public record LintSettings(String datasource, boolean fail, Optional<String> deployed) {

    public static LintSettings read(String datasource, SettingsSource source) {
        DataSourceSettings.Keys keys = new DataSourceSettings.Keys(datasource);
        String fail = source.get(keys.retort("lint.fail")).orElse("false").trim();
        if (!fail.equalsIgnoreCase("true") && !fail.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(keys.retort("lint.fail") + "=" + fail + " is not true or false");
        }
        return new LintSettings(datasource, Boolean.parseBoolean(fail), source.get(keys.retort("lint.deployed")).map(String::trim)
                .filter(s -> !s.isEmpty()));
    }

    /** The revisions to lint: every one not at or below the deployed revision, in the chain's order. */
    public List<String> revisionsToLint(RevisionChain chain) {
        Set<String> skipped = new HashSet<>();
        deployed.ifPresent(id -> {
            if (!chain.graph().contains(id)) {
                throw new IllegalArgumentException(new DataSourceSettings.Keys(datasource).retort("lint.deployed") + "=" + id
                        + " names no revision of " + (DataSourceSettings.isDefault(datasource) ? "the default datasource" : "datasource "
                        + datasource));
            }
            skipped.addAll(chain.graph().appliedSet(Set.of(id)));
        });
        return chain.graph().ordered().stream().map(io.retort.revision.RevisionNode::id).filter(id -> !skipped.contains(id)).toList();
    }
}
