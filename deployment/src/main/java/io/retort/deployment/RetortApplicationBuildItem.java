package io.retort.deployment;

import io.quarkus.builder.item.SimpleBuildItem;
import io.retort.app.RetortApplication;
import io.retort.dialect.DatabaseSupport;
import io.retort.dialect.Dialects;

/**
 * Core's reading of the application at build time (its datasources, their revisions and databases,
 * its entities and settings), validated: produced by {@link RetortProcessor}, consumed by every
 * build step that needs to know the application.
 */
public final class RetortApplicationBuildItem extends SimpleBuildItem {

    private final RetortApplication application;

    RetortApplicationBuildItem(RetortApplication application) {
        this.application = application;
    }

    public RetortApplication application() {
        return application;
    }

    /** The database a datasource migrates, by the registry. */
    DatabaseSupport database(String datasource) {
        return Dialects.require(application.database(datasource).name());
    }
}
