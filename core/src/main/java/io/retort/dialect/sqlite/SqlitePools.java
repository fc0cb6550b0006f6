package io.retort.dialect.sqlite;

import io.retort.app.DataSourceSettings;
import io.retort.dialect.Dialect;
import io.retort.dialect.ScratchDatabase;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.jdbcclient.JDBCPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** Pools on an SQLite file: a Vert.x JDBC pool over sqlite-jdbc, foreign keys enforced. */
public final class SqlitePools {

    private SqlitePools() {
    }

    /** The configured file, absolute (relative paths are taken from the working directory). */
    static Path file(DataSourceSettings settings) {
        return Path.of(settings.sqlitePath()).toAbsolutePath();
    }

    /**
     * A pool on {@code file}, creating its directory. Pools of the same name share one data source in
     * the JDBC client, so each is named after its purpose; more than one connection, because with a
     * single one Agroal can miss a returned connection and stall.
     */
    public static Pool open(Vertx vertx, Path file, int maxSize, String purpose) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of the SQLite database " + file + ": " + e.getMessage(), e);
        }
        Driver.REGISTERED.hashCode();
        PoolOptions options = new PoolOptions().setName("retort-sqlite-" + purpose).setMaxSize(Math.max(2, maxSize));
        return JDBCPool.pool(vertx, new JDBCConnectOptions().setJdbcUrl("jdbc:sqlite:" + file + "?foreign_keys=true"), options);
    }

    /**
     * The pool finds its driver through DriverManager, which only sees drivers registered from a
     * class loader it trusts; in a test run after a {@code @QuarkusTest}, or in a Maven plugin's class
     * realm, that may not include sqlite-jdbc's automatic registration.
     */
    private static final class Driver {
        static final Boolean REGISTERED = register();

        private static Boolean register() {
            try {
                java.sql.DriverManager.registerDriver(new org.sqlite.JDBC());
                return true;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Cannot register sqlite-jdbc's driver: " + e.getMessage(), e);
            }
        }
    }

    static ScratchDatabase scratch(Vertx vertx, DataSourceSettings settings, Dialect dialect) {
        Path directory;
        try {
            directory = Files.createTempDirectory("retort-scratch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = directory.resolve("scratch.db");
        Pool pool = open(vertx, file, 2, "scratch-" + UUID.randomUUID());
        return new ScratchDatabase(pool, dialect, file.toString(), Map.of(settings.property("sqlite.path"), file.toString()),
                () -> delete(directory));
    }

    private static void delete(Path directory) {
        try (var files = Files.list(directory)) {
            for (Path each : files.toList()) {
                Files.deleteIfExists(each);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
