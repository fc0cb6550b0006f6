package io.retort.testing;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Creates a fresh database on the local PostgreSQL (127.0.0.1:5432, trust auth, user postgres;
 * override with RETORT_PG_HOST, RETORT_PG_PORT, RETORT_PG_USER) and drops it on close.
 */
public final class PostgresTestDatabase implements TestDatabase {

    private static final String HOST = env("RETORT_PG_HOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(env("RETORT_PG_PORT", "5432"));
    private static final String USER = env("RETORT_PG_USER", "postgres");

    private final Vertx vertx;
    private final String name;
    /** Where the pools connect: PostgreSQL itself, or a {@link PgBouncer} in front of it. */
    private final int poolPort;
    private final List<Pool> pools = new ArrayList<>();

    private PostgresTestDatabase(Vertx vertx, String name, int poolPort) {
        this.vertx = vertx;
        this.name = name;
        this.poolPort = poolPort;
    }

    public static PostgresTestDatabase create(Vertx vertx) {
        return create(vertx, PORT);
    }

    /** A fresh database whose pools go through PgBouncer in transaction pooling mode. */
    public static PostgresTestDatabase createBehindPgBouncer(Vertx vertx) {
        return create(vertx, PgBouncer.port());
    }

    private static PostgresTestDatabase create(Vertx vertx, int poolPort) {
        String name = "retort_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Pool admin = PgPool.pool(vertx, options("postgres"), new PoolOptions().setMaxSize(1));
        try {
            admin.query("CREATE DATABASE " + name).execute().await().indefinitely();
        } finally {
            admin.closeAndAwait();
        }
        return new PostgresTestDatabase(vertx, name, poolPort);
    }

    /**
     * An existing scratch database, created elsewhere (another class loader or process of the same
     * test), by its {@link #processArgument()}: the name, or {@code name@port} behind PgBouncer.
     */
    public static PostgresTestDatabase attach(Vertx vertx, String argument) {
        int at = argument.indexOf('@');
        return at < 0 ? new PostgresTestDatabase(vertx, argument, PORT)
                : new PostgresTestDatabase(vertx, argument.substring(0, at), Integer.parseInt(argument.substring(at + 1)));
    }

    @Override
    public String processArgument() {
        return poolPort == PORT ? name : name + "@" + poolPort;
    }

    /** The user the test databases are made and used with. */
    public static String user() {
        return USER;
    }

    public String name() {
        return name;
    }

    public static PgConnectOptions options(String database) {
        return new PgConnectOptions().setHost(HOST).setPort(PORT).setUser(USER).setDatabase(database);
    }

    @Override
    public synchronized Pool pool() {
        if (pools.isEmpty()) {
            return newPool();
        }
        return pools.get(0);
    }

    @Override
    public synchronized Pool newPool() {
        Pool pool = PgPool.pool(vertx, options(name).setPort(poolPort), new PoolOptions().setMaxSize(4));
        pools.add(pool);
        return pool;
    }

    @Override
    public String location() {
        return "postgresql://" + HOST + ":" + poolPort + "/" + name;
    }

    @Override
    public synchronized void close() {
        pools.forEach(Pool::closeAndAwait);
        pools.clear();
        Pool admin = PgPool.pool(vertx, options("postgres"), new PoolOptions().setMaxSize(1));
        try {
            admin.query("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").execute().await().indefinitely();
        } finally {
            admin.closeAndAwait();
        }
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
