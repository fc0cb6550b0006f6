package io.retort.dialect;

import io.vertx.mutiny.sqlclient.Pool;

/** A database made for one test and removed after it: its pool and dialect. */
public interface ScratchDatabase extends AutoCloseable {

    Pool pool();

    Dialect dialect();

    /** Where it is, for messages. */
    String description();

    /** The settings that point the application's datasource at it (its reactive URL, or its SQLite file). */
    java.util.Map<String, String> applicationSettings();

    @Override
    void close();
}
