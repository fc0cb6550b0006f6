package io.retort.bench;

import io.retort.dialect.postgres.PostgresDialect;
import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies N generated revisions to an empty PostgreSQL database, then times a no-op upgrade at head.
 * Each round uses a fresh database; the report gives medians and min-max over the rounds.
 * Usage: EngineBench [revisions=300] [rounds=5]
 */
public final class EngineBench {

    /** Held so the level sticks: per-revision progress lines would otherwise be timed too. */
    private static final java.util.logging.Logger RETORT_LOG = java.util.logging.Logger.getLogger("io.retort");

    private EngineBench() {
    }

    public static void main(String[] args) {
        RETORT_LOG.setLevel(java.util.logging.Level.WARNING);
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String host = System.getenv().getOrDefault("RETORT_PG_HOST", "127.0.0.1");
        List<LoadedRevision> revisions = BenchRevisions.generate(count);
        Vertx vertx = Vertx.vertx();
        List<Double> applyMillis = new ArrayList<>();
        List<Double> noopMillis = new ArrayList<>();
        try {
            for (int round = 0; round <= rounds; round++) {
                String database = "retort_bench_" + round;
                admin(vertx, host, "DROP DATABASE IF EXISTS " + database);
                admin(vertx, host, "CREATE DATABASE " + database);
                Pool pool = PgPool.pool(vertx, new PgConnectOptions().setHost(host).setPort(5432).setUser("postgres")
                        .setDatabase(database), new PoolOptions().setMaxSize(2));
                try {
                    // A fresh chain per round, so recording and rendering are measured too.
                    Retort retort = Retort.of(revisions, new PostgresDialect(), pool, RetortOptions.defaults());
                    long started = System.nanoTime();
                    int applied = retort.upgrade("head").await().indefinitely().steps().size();
                    double apply = (System.nanoTime() - started) / 1e6;
                    if (applied != count) {
                        throw new IllegalStateException("applied " + applied + " of " + count);
                    }
                    Retort fresh = Retort.of(revisions, new PostgresDialect(), pool, RetortOptions.defaults());
                    started = System.nanoTime();
                    fresh.upgrade("head").await().indefinitely();
                    double noop = (System.nanoTime() - started) / 1e6;
                    if (round > 0) {
                        applyMillis.add(apply);
                        noopMillis.add(noop);
                    }
                    System.out.printf(Locale.ROOT, "%s round %d: apply %d revisions %.0f ms, no-op upgrade %.1f ms%n",
                            round == 0 ? "warm-up" : "timed", round, count, apply, noop);
                } finally {
                    pool.closeAndAwait();
                    admin(vertx, host, "DROP DATABASE IF EXISTS " + database);
                }
            }
        } finally {
            vertx.closeAndAwait();
        }
        double medianApply = median(applyMillis);
        System.out.printf(Locale.ROOT, "%nrevisions: %d, rounds: %d (after one warm-up)%n", count, rounds);
        System.out.printf(Locale.ROOT, "apply:   median %.0f ms (min %.0f, max %.0f) = %.0f revisions/s%n", medianApply,
                min(applyMillis), max(applyMillis), count / (medianApply / 1000));
        System.out.printf(Locale.ROOT, "no-op:   median %.1f ms (min %.1f, max %.1f)%n", median(noopMillis), min(noopMillis),
                max(noopMillis));
    }

    private static void admin(Vertx vertx, String host, String sql) {
        Pool admin = PgPool.pool(vertx, new PgConnectOptions().setHost(host).setPort(5432).setUser("postgres").setDatabase("postgres"),
                new PoolOptions().setMaxSize(1));
        try {
            admin.query(sql).execute().await().indefinitely();
        } finally {
            admin.closeAndAwait();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
