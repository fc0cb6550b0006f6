package io.retort.deployment.broken;

import io.retort.migration.Revision;

@Revision(id = "notamigration", message = "forgot the interface")
public class NotAMigration {
}
