package io.retort.junit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.mutiny.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import java.util.Map;

/**
 * A fresh PostgreSQL database for a {@code @QuarkusTest} run, dropped after it:
 * {@code @QuarkusTestResource(ScratchPostgres.class)}. It is made on the server of the
 * application's {@code quarkus.datasource.reactive.url} under the test profile, with the configured
 * user and password, so every run starts from an empty database that Retort migrates.
 */
public class ScratchPostgres implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private PgConnectOptions server;
    private String name;

    @Override
    public Map<String, String> start() {
        server = ScratchDatabase.postgresServer("test").orElseThrow(() -> new IllegalStateException(
                "ScratchPostgres needs quarkus.datasource.reactive.url (test profile) to find the PostgreSQL server"));
        vertx = Vertx.vertx();
        name = ScratchDatabase.newName("retort_test_");
        ScratchDatabase.admin(vertx, server, "CREATE DATABASE " + name);
        return Map.of("quarkus.datasource.reactive.url", "postgresql://" + server.getHost() + ":" + server.getPort() + "/" + name);
    }

    @Override
    public void stop() {
        try {
            ScratchDatabase.admin(vertx, server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } finally {
            vertx.closeAndAwait();
        }
    }
}
