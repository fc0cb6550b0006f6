package io.retort.dialect.mariadb;

import io.retort.app.DataSourceSettings;
import io.retort.dialect.Dialect;
import io.retort.dialect.ScratchDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.mysqlclient.MySQLPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.util.Map;
import java.util.UUID;

/** Pools on the MariaDB server of a datasource's settings, for tools outside the application. */
final class MariaDbPools {

    private MariaDbPools() {
    }

    static Pool open(Vertx vertx, DataSourceSettings settings) {
        return MySQLPool.pool(vertx, server(settings), new PoolOptions().setMaxSize(2));
    }

    /** The server of the reactive URL ({@code mysql://} or {@code mariadb://}) with the datasource's user and password. */
    static MySQLConnectOptions server(DataSourceSettings settings) {
        String url = settings.reactiveUrl().orElseThrow(() -> new IllegalStateException("No MariaDB server for "
                + settings.describe() + ": set " + settings.datasourceProperty("reactive.url")
                + " in application.properties (or its environment variable)"));
        String bare = url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url;
        MySQLConnectOptions options = MySQLConnectOptions.fromUri(bare.replaceFirst("^mariadb://", "mysql://"));
        settings.username().ifPresent(options::setUser);
        settings.password().ifPresent(options::setPassword);
        return options;
    }

    static ScratchDatabase scratch(Vertx vertx, DataSourceSettings settings, Dialect dialect) {
        MySQLConnectOptions server = server(settings);
        String name = "retort_scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin(vertx, server, "CREATE DATABASE " + name);
        Pool pool = MySQLPool.pool(vertx, new MySQLConnectOptions(server).setDatabase(name), new PoolOptions().setMaxSize(2));
        return new ScratchDatabase(pool, dialect, "database " + name + " on " + server.getHost() + ":" + server.getPort(),
                Map.of(settings.datasourceProperty("reactive.url"), "mysql://" + server.getHost() + ":" + server.getPort() + "/" + name),
                () -> admin(vertx, server, "DROP DATABASE IF EXISTS " + name));
    }

    private static void admin(Vertx vertx, MySQLConnectOptions server, String sql) {
        Pool admin = MySQLPool.pool(vertx, new MySQLConnectOptions(server).setDatabase(""), new PoolOptions().setMaxSize(1));
        try {
            admin.query(sql).execute().await().indefinitely();
        } finally {
            admin.closeAndAwait();
        }
    }
}
