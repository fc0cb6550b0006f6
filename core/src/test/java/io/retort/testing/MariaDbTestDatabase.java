package io.retort.testing;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.mysqlclient.MySQLPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Creates a fresh database on the local MariaDB (127.0.0.1:3306, user root with an empty password;
 * override with RETORT_MARIADB_HOST, RETORT_MARIADB_PORT, RETORT_MARIADB_USER, RETORT_MARIADB_PASSWORD)
 * through the reactive MySQL client, and drops it on close.
 */
public final class MariaDbTestDatabase implements TestDatabase {

    private static final String HOST = env("RETORT_MARIADB_HOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(env("RETORT_MARIADB_PORT", "3306"));
    private static final String USER = env("RETORT_MARIADB_USER", "root");
    private static final String PASSWORD = env("RETORT_MARIADB_PASSWORD", "");

    private final Vertx vertx;
    private final String name;
    private final List<Pool> pools = new ArrayList<>();

    private MariaDbTestDatabase(Vertx vertx, String name) {
        this.vertx = vertx;
        this.name = name;
    }

    public static MariaDbTestDatabase create(Vertx vertx) {
        String name = "retort_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin(vertx, "CREATE DATABASE " + name);
        return new MariaDbTestDatabase(vertx, name);
    }

    /** The database another process of the test created, from its {@link #location()}. */
    public static MariaDbTestDatabase attach(Vertx vertx, String location) {
        return new MariaDbTestDatabase(vertx, location.substring(location.lastIndexOf('/') + 1));
    }

    /** Runs one statement outside any test database (creating or dropping one, asking the server). */
    public static void admin(Vertx vertx, String sql) {
        Pool admin = MySQLPool.pool(vertx, options(null), new PoolOptions().setMaxSize(1));
        try {
            admin.query(sql).execute().await().indefinitely();
        } finally {
            admin.closeAndAwait();
        }
    }

    public static MySQLConnectOptions options(String database) {
        MySQLConnectOptions options = new MySQLConnectOptions().setHost(HOST).setPort(PORT).setUser(USER).setPassword(PASSWORD);
        return database == null ? options : options.setDatabase(database);
    }

    public String name() {
        return name;
    }

    @Override
    public synchronized Pool pool() {
        return pools.isEmpty() ? newPool() : pools.get(0);
    }

    @Override
    public synchronized Pool newPool() {
        Pool pool = MySQLPool.pool(vertx, options(name), new PoolOptions().setMaxSize(4));
        pools.add(pool);
        return pool;
    }

    @Override
    public String location() {
        return "mariadb://" + HOST + ":" + PORT + "/" + name;
    }

    @Override
    public synchronized void close() {
        pools.forEach(Pool::closeAndAwait);
        pools.clear();
        admin(vertx, "DROP DATABASE IF EXISTS " + name);
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null ? fallback : value;
    }
}
