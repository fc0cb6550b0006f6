package io.retort.junit;

import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.dialect.sqlite.SqliteDialect;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.jdbcclient.JDBCPool;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * A database for one check, made from the application's settings and removed after: a new database
 * on the PostgreSQL server the application uses, or a temporary SQLite file when it uses none.
 */
final class ScratchDatabase implements AutoCloseable {

    private final Vertx vertx;
    private final PgConnectOptions server;
    private final String name;
    private final Path directory;
    private final Pool pool;
    private final Dialect dialect;

    private ScratchDatabase(Vertx vertx, PgConnectOptions server, String name, Path directory) {
        this.vertx = vertx;
        this.server = server;
        this.name = name;
        this.directory = directory;
        if (server != null) {
            this.pool = PgPool.pool(vertx, new PgConnectOptions(server).setDatabase(name), new PoolOptions().setMaxSize(2));
            this.dialect = new PostgresDialect();
        } else {
            registerSqliteDriver();
            this.pool = JDBCPool.pool(vertx, new JDBCConnectOptions().setJdbcUrl("jdbc:sqlite:" + directory.resolve("kit.db")),
                    new PoolOptions().setMaxSize(2).setName("retort-kit-" + UUID.randomUUID()));
            this.dialect = new SqliteDialect();
        }
    }

    /**
     * The pool finds its driver through DriverManager, which only sees drivers registered from a
     * class loader it trusts; after a {@code @QuarkusTest} in the same run that may not include
     * sqlite-jdbc's automatic registration, so register it explicitly.
     */
    private static void registerSqliteDriver() {
        try {
            java.sql.DriverManager.registerDriver((java.sql.Driver) Class.forName("org.sqlite.JDBC").getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | java.sql.SQLException e) {
            throw new IllegalStateException("sqlite-jdbc is needed on the test class path for the SQLite scratch database", e);
        }
    }

    /** A fresh database for the application whose settings are on the class path under {@code profile}. */
    static ScratchDatabase create(Vertx vertx, String profile) {
        Optional<PgConnectOptions> server = postgresServer(profile);
        if (server.isEmpty()) {
            try {
                return new ScratchDatabase(vertx, null, null, Files.createTempDirectory("retort-kit-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String name = newName("retort_kit_");
        admin(vertx, server.get(), "CREATE DATABASE " + name);
        return new ScratchDatabase(vertx, server.get(), name, null);
    }

    /** The PostgreSQL server of the application's reactive URL under {@code profile}, with its credentials; empty on SQLite. */
    static Optional<PgConnectOptions> postgresServer(String profile) {
        SmallRyeConfig settings = settings(profile);
        if ("sqlite".equalsIgnoreCase(settings.getOptionalValue("quarkus.retort.database", String.class).orElse(""))) {
            return Optional.empty();
        }
        return settings.getOptionalValue("quarkus.datasource.reactive.url", String.class).map(url -> {
            PgConnectOptions server = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url);
            settings.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(server::setUser);
            settings.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(server::setPassword);
            return server;
        });
    }

    static String newName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static SmallRyeConfig settings(String profile) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().addDefaultSources().withProfile(profile);
        URL properties = Thread.currentThread().getContextClassLoader().getResource("application.properties");
        if (properties != null) {
            try {
                builder.withSources(new PropertiesConfigSource(properties, 250));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builder.build();
    }

    static void admin(Vertx vertx, PgConnectOptions server, String sql) {
        Pool admin = PgPool.pool(vertx, new PgConnectOptions(server).setDatabase("postgres"), new PoolOptions().setMaxSize(1));
        try {
            admin.query(sql).execute().await().indefinitely();
        } finally {
            admin.closeAndAwait();
        }
    }

    Pool pool() {
        return pool;
    }

    Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        pool.closeAndAwait();
        if (server != null) {
            admin(vertx, server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } else {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
