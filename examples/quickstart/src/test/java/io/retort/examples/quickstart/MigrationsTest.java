package io.retort.examples.quickstart;

import io.retort.junit.RetortMigrationTests;

/** Retort's built-in checks on the quickstart's revisions, and a data fixture, on a scratch SQLite file. */
@RetortMigrationTests(packages = "io.retort.examples.quickstart.migrations", fixtures = ItemsKeepTheirRows.class)
class MigrationsTest {
}
