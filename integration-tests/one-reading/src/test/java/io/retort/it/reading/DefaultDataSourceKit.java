package io.retort.it.reading;

import io.retort.junit.RetortMigrationTests;

/** The test kit on the default datasource: its revisions (the jar's and the application's) and the entities. */
@RetortMigrationTests(packages = { "io.retort.it.reading", "io.retort.it.readinglib" },
        entityPackages = { "io.retort.it.reading", "io.retort.it.readinglib" })
public class DefaultDataSourceKit {
}
