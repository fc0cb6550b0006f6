package io.retort.it.autogen;

import io.retort.junit.RetortMigrationTests;

/** Retort's built-in checks on the generated revision, and the 16 entities against it. */
@RetortMigrationTests(packages = "io.retort.it.autogen.migrations", entityPackages = "io.retort.it.autogen.shop")
class MigrationsTest {
}
