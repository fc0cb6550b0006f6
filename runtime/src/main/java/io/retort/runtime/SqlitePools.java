package io.retort.runtime;

import io.retort.runtime.RetortRuntimeConfig.SqliteConfig;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.mutiny.jdbcclient.JDBCPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded SQLite database: a Vert.x JDBC pool over sqlite-jdbc on a file. */
final class SqlitePools {

    private SqlitePools() {
    }

    static Pool create(io.vertx.core.Vertx vertx, String datasource, SqliteConfig config) {
        Path file = Path.of(config.path()).toAbsolutePath();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of the SQLite database " + file
                    + " (quarkus.retort.sqlite.path): " + e.getMessage(), e);
        }
        // Pools of the same name share one data source in the JDBC client: name each after its datasource.
        // More than one connection: with a single one, Agroal can miss a returned connection and stall.
        PoolOptions options = new PoolOptions().setName("retort-sqlite-" + datasource).setMaxSize(Math.max(2, config.maxPoolSize()));
        return JDBCPool.pool(io.vertx.mutiny.core.Vertx.newInstance(vertx),
                new JDBCConnectOptions().setJdbcUrl("jdbc:sqlite:" + file + "?foreign_keys=true"), options);
    }
}
