package io.retort.testing;

import io.vertx.mutiny.sqlclient.Pool;

/** A scratch database for one test: a pool on it, dropped or deleted on close. */
public interface TestDatabase extends AutoCloseable {

    Pool pool();

    /** A second, independent pool on the same database (another "process"). */
    Pool newPool();

    /** Where it lives, for messages: a database name or a file path. */
    String location();

    /** What another process of the test needs to reach this database ({@link Backend#attach}). */
    default String processArgument() {
        return location();
    }

    @Override
    void close();
}
