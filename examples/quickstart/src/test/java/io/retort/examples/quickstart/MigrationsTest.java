package io.retort.examples.quickstart;

import io.retort.junit.RetortMigrationTests;

/** Retort's built-in checks on the quickstart's revisions (single head, upgrade, stairway, clean downgrade), on a scratch SQLite file. */
@RetortMigrationTests(packages = "io.retort.examples.quickstart.migrations")
class MigrationsTest {
}
