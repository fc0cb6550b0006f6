package io.retort.dialect.postgres;

import io.retort.app.DataSourceSettings;
import io.retort.dialect.Dialect;
import io.retort.dialect.ScratchDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.util.Map;
import java.util.UUID;

/** Pools on the PostgreSQL server of a datasource's settings, for tools outside the application. */
final class PostgresPools {

    private PostgresPools() {
    }

    static Pool open(Vertx vertx, DataSourceSettings settings) {
        return PgPool.pool(vertx, server(settings), new PoolOptions().setMaxSize(2));
    }

    /** The server of the reactive URL with the datasource's user and password. */
    static PgConnectOptions server(DataSourceSettings settings) {
        String url = settings.reactiveUrl().orElseThrow(() -> new IllegalStateException("No PostgreSQL server for "
                + settings.describe() + ": set " + settings.datasourceProperty("reactive.url")
                + " in application.properties (or its environment variable)"));
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url);
        settings.username().ifPresent(options::setUser);
        settings.password().ifPresent(options::setPassword);
        return options;
    }

    static ScratchDatabase scratch(Vertx vertx, DataSourceSettings settings, Dialect dialect) {
        PgConnectOptions server = server(settings);
        String name = "retort_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin(vertx, server, "CREATE DATABASE " + name);
        Pool pool = PgPool.pool(vertx, new PgConnectOptions(server).setDatabase(name), new PoolOptions().setMaxSize(2));
        return new ScratchDatabase(pool, dialect, "database " + name + " on " + server.getHost() + ":" + server.getPort(),
                Map.of(settings.datasourceProperty("reactive.url"),
                        "postgresql://" + server.getHost() + ":" + server.getPort() + "/" + name),
                () -> admin(vertx, server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void admin(Vertx vertx, PgConnectOptions server, String sql) {
        Pool admin = PgPool.pool(vertx, new PgConnectOptions(server).setDatabase("postgres"), new PoolOptions().setMaxSize(1));
        try {
            admin.query(sql).execute().await().indefinitely();
        } finally {
            admin.closeAndAwait();
        }
    }
}
