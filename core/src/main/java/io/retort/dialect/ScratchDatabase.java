package io.retort.dialect;

import io.vertx.mutiny.sqlclient.Pool;
import java.util.Map;

/**
 * A database made for one test and removed after it: its pool and dialect, where it is (for
 * messages), the settings that point the application's datasource at it (its reactive URL, or its
 * SQLite file), and what removes it once the pool is closed.
 */
public record ScratchDatabase(Pool pool, Dialect dialect, String description, Map<String, String> applicationSettings,
        Runnable removal) implements AutoCloseable {

    public ScratchDatabase {
        applicationSettings = Map.copyOf(applicationSettings);
    }

    @Override
    public void close() {
        pool.closeAndAwait();
        removal.run();
    }
}
