package io.retort.it.panache;

import io.retort.junit.RetortMigrationTests;

/** Retort's built-in checks on this application's hand-written revisions. */
@RetortMigrationTests(packages = "io.retort.it.panache.migrations")
class MigrationsTest {
}
