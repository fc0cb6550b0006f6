package io.retort.it.reading;

import io.retort.junit.RetortMigrationTests;

/** The test kit on the inventory datasource, on a scratch database of its own server. */
@RetortMigrationTests(datasource = "inventory", packages = "io.retort.it.reading")
public class InventoryKit {
}
