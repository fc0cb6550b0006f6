package io.retort.testing;

import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.jdbcclient.JDBCPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A fresh SQLite file in a temporary directory, reached through a Vert.x JDBC pool; deleted on close. */
public final class SqliteTestDatabase implements TestDatabase {

    private final Vertx vertx;
    private final Path directory;
    private final Path file;
    private final List<Pool> pools = new ArrayList<>();

    private SqliteTestDatabase(Vertx vertx, Path directory) {
        this.vertx = vertx;
        this.directory = directory;
        this.file = directory.resolve("test.db");
    }

    public static SqliteTestDatabase create(Vertx vertx) {
        try {
            return new SqliteTestDatabase(vertx, Files.createTempDirectory("retort-sqlite-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An existing scratch directory, created elsewhere (another class loader of the same test). */
    public static SqliteTestDatabase attach(Vertx vertx, Path directory) {
        return new SqliteTestDatabase(vertx, directory);
    }

    public Path directory() {
        return directory;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Pool pool() {
        return pools.isEmpty() ? newPool() : pools.get(0);
    }

    /**
     * Each pool stands for one process. The Vert.x JDBC client shares one data source among all pools
     * of the same name (default {@code __vertx.DEFAULT}), so each pool gets a name of its own. Pools
     * hold up to four connections: with one, Agroal sometimes misses the connection coming back and
     * stalls the next checkout for its 60 s acquisition timeout.
     */
    @Override
    public synchronized Pool newPool() {
        Pool pool = JDBCPool.pool(vertx, new JDBCConnectOptions().setJdbcUrl("jdbc:sqlite:" + file),
                new PoolOptions().setMaxSize(4).setName("retort-sqlite-" + UUID.randomUUID()));
        pools.add(pool);
        return pool;
    }

    @Override
    public String processArgument() {
        return directory.toString();
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public synchronized void close() {
        pools.forEach(Pool::closeAndAwait);
        pools.clear();
        try (var files = Files.list(directory)) {
            for (Path path : files.toList()) {
                Files.deleteIfExists(path);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
