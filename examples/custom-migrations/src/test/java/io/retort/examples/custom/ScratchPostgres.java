package io.retort.examples.custom;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.util.Map;
import java.util.UUID;

/** A fresh PostgreSQL database for the test run, dropped after it. */
public class ScratchPostgres implements QuarkusTestResourceLifecycleManager {

    private String name;

    @Override
    public Map<String, String> start() {
        name = "retort_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name);
        return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:5432/" + name);
    }

    @Override
    public void stop() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        Vertx vertx = Vertx.vertx();
        Pool pool = PgPool.pool(vertx, new PgConnectOptions().setHost("127.0.0.1").setPort(5432).setUser("postgres")
                .setDatabase("postgres"), new PoolOptions().setMaxSize(1));
        try {
            pool.query(sql).execute().await().indefinitely();
        } finally {
            pool.closeAndAwait();
            vertx.closeAndAwait();
        }
    }
}
