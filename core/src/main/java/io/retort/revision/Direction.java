package io.retort.revision;

/** Which way a migration moves the database. */
public enum Direction {
    UPGRADE,
    DOWNGRADE
}
