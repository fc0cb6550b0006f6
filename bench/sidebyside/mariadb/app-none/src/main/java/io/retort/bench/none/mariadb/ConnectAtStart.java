package io.retort.bench.none.mariadb;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With bench.connect-at-start=true, runs one query through the reactive pool before the application
 * reports started: the baseline that tells the cost of a first reactive connection apart from the
 * work a migration library does.
 */
public class ConnectAtStart {

    @Inject
    Pool pool;

    @ConfigProperty(name = "bench.connect-at-start", defaultValue = "false")
    boolean connect;

    void onStart(@Observes StartupEvent event) {
        if (connect) {
            pool.query("SELECT 1").execute().await().indefinitely();
        }
    }
}
