package io.retort.runtime;

import java.util.Map;
import java.util.Optional;

/**
 * What the build read about the application that run-time tools need (the Dev UI): the database of
 * each datasource and the package a new revision of it goes to.
 */
public record RetortApplicationInfo(Map<String, String> databases, Map<String, String> revisionPackages) {

    public Optional<String> revisionPackage(String datasource) {
        return Optional.ofNullable(revisionPackages.get(datasource));
    }
}
