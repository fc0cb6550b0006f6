package io.retort.examples.custom;

import io.retort.junit.RetortMigrationTests;

/** Retort's built-in checks on this application's revisions, and its entities against them, on a scratch database of its PostgreSQL server. */
@RetortMigrationTests(packages = "io.retort.examples.custom.migrations",
        entityPackages = { "io.retort.examples.custom", "io.retort.tables.entity" })
class MigrationsTest {
}
