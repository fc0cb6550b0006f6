package io.retort.bench;

import io.retort.diff.DiffResult;
import io.retort.diff.SchemaDiff;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.model.EntityModel;
import io.retort.model.HibernateModelReader;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The two halves of autogenerate at scale: introspecting a PostgreSQL schema of N tables (with the
 * number of catalog queries, which must not grow with N), and, without a database, reading N JPA
 * entities through Hibernate's boot metamodel and diffing the model. Each measure runs once to warm
 * up, then {@code rounds} times; the report gives medians and min-max.
 * Usage: AutogenerateBench [tables=1000] [entities=1000] [rounds=5]
 */
public final class AutogenerateBench {

    /** Small schema introspected too: the catalog query count must equal the large one's. */
    private static final int SMALL_TABLES = 10;

    /**
     * Held so the levels stick: Hibernate logs its version on every boot, and a deprecation warning for
     * the dialect the reader sets explicitly, which would be printed and timed on every read.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(java.util.logging.Logger.getLogger("io.retort"),
            java.util.logging.Logger.getLogger("org.hibernate"), java.util.logging.Logger.getLogger("org.hibernate.orm.deprecation"));

    private static final List<String[]> RESULTS = new ArrayList<>();

    private AutogenerateBench() {
    }

    public static void main(String[] args) throws Exception {
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.WARNING));
        QUIET.get(2).setLevel(java.util.logging.Level.SEVERE);
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int entities = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        Vertx vertx = Vertx.vertx();
        try {
            long smallQueries = introspection(vertx, SMALL_TABLES, rounds);
            long largeQueries = introspection(vertx, tables, rounds);
            System.out.printf(Locale.ROOT, "catalog queries per introspection: %d tables -> %d, %d tables -> %d%n",
                    SMALL_TABLES, smallQueries, tables, largeQueries);
            if (smallQueries != largeQueries) {
                throw new IllegalStateException("the catalog query count grows with the schema");
            }
        } finally {
            vertx.closeAndAwait();
        }
        model(entities, rounds);

        System.out.printf(Locale.ROOT, "%nrounds: %d (after one warm-up)%n", rounds);
        System.out.printf(Locale.ROOT, "| %-48s | %9s | %17s | %s%n", "measure", "median", "min-max", "result");
        RESULTS.forEach(r -> System.out.printf(Locale.ROOT, "| %-48s | %9s | %17s | %s%n", (Object[]) r));
    }

    /** Creates a database of {@code count} tables, times introspecting it; returns catalog queries per call. */
    private static long introspection(Vertx vertx, int count, int rounds) {
        String host = System.getenv().getOrDefault("RETORT_PG_HOST", "127.0.0.1");
        String database = "retort_bench_introspect_" + count;
        admin(vertx, host, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        admin(vertx, host, "CREATE DATABASE " + database);
        // One connection, as autogenerate uses; after the warm-up its catalog caches are warm.
        Pool pool = PgPool.pool(vertx, new PgConnectOptions().setHost(host).setPort(5432).setUser("postgres")
                .setDatabase(database), new PoolOptions().setMaxSize(1));
        try {
            long started = System.nanoTime();
            BenchTables.batches(count).forEach(sql -> pool.query(sql).execute().await().indefinitely());
            System.out.printf(Locale.ROOT, "created %d tables in %.0f ms%n", count, (System.nanoTime() - started) / 1e6);
            PostgresDialect dialect = new PostgresDialect();
            long[] queries = new long[1];
            Schema schema = time("introspect " + count + " tables", rounds, () -> {
                long before = dialect.introspectionQueries();
                Schema introspected = dialect.introspect(pool, Set.of()).await().indefinitely();
                queries[0] = dialect.introspectionQueries() - before;
                return introspected;
            }, s -> shape(s) + ", " + queries[0] + " catalog queries");
            if (schema.tables().size() != count) {
                throw new IllegalStateException("introspected " + schema.tables().size() + " of " + count + " tables");
            }
            return queries[0];
        } finally {
            pool.closeAndAwait();
            admin(vertx, host, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Reads {@code count} compiled entities into a model and diffs it, all without a database. */
    private static void model(int count, int rounds) throws Exception {
        long started = System.nanoTime();
        List<Class<?>> classes = BenchEntities.compile(count);
        System.out.printf(Locale.ROOT, "compiled %d entities in %.0f ms%n", count, (System.nanoTime() - started) / 1e6);
        // Hibernate resolves some classes by name; the context loader is the one that defined the entities.
        Thread.currentThread().setContextClassLoader(classes.get(0).getClassLoader());
        EntityModel model = time("HibernateModelReader.read " + count + " entities", rounds,
                () -> new HibernateModelReader().read(classes),
                m -> shape(m.schema()) + ", " + m.warnings().size() + " warnings");
        if (model.schema().tables().size() != count) {
            throw new IllegalStateException("read " + model.schema().tables().size() + " of " + count + " tables: " + model.warnings());
        }
        PostgresDialect dialect = new PostgresDialect();
        Schema target = model.schema();
        Schema nearly = nearly(target);
        time("SchemaDiff.compare empty -> model", rounds, () -> SchemaDiff.compare(Schema.EMPTY, target, dialect::canonical),
                AutogenerateBench::operations);
        time("SchemaDiff.compare nearly equal -> model", rounds, () -> SchemaDiff.compare(nearly, target, dialect::canonical),
                AutogenerateBench::operations);
        time("SchemaDiff.compare model -> model (no change)", rounds, () -> SchemaDiff.compare(target, target, dialect::canonical),
                AutogenerateBench::operations);
    }

    /**
     * The model one revision behind: the last 1% of tables missing (nothing else references them), every
     * tenth table without its {@code title} column, every 25th without its index. So the diff compares
     * almost every table in full and finds a few changes, the usual autogenerate.
     */
    private static Schema nearly(Schema model) {
        List<Table> tables = new ArrayList<>(model.tables().values());
        int keep = tables.size() - Math.max(1, tables.size() / 100);
        List<Table> older = new ArrayList<>();
        for (int i = 0; i < keep; i++) {
            Table table = tables.get(i);
            if (i % 10 == 0) {
                table = table.withColumns(table.columns().stream().filter(c -> !c.name().equals("title")).toList());
            }
            if (i % 25 == 0) {
                table = table.withIndexes(List.of());
            }
            older.add(table);
        }
        return Schema.of(older);
    }

    /** What was read, to check the schema is the one generated: tables, columns, constraints, indexes. */
    private static String shape(Schema schema) {
        var tables = schema.tables().values();
        return String.format(Locale.ROOT, "%d tables, %d columns, %d uniques, %d fks, %d checks, %d indexes", tables.size(),
                tables.stream().mapToInt(t -> t.columns().size()).sum(), tables.stream().mapToInt(t -> t.uniques().size()).sum(),
                tables.stream().mapToInt(t -> t.foreignKeys().size()).sum(), tables.stream().mapToInt(t -> t.checks().size()).sum(),
                tables.stream().mapToInt(t -> t.indexes().size()).sum());
    }

    private static String operations(DiffResult diff) {
        return diff.changes().size() + " operations";
    }

    /** Runs {@code work} once to warm up and {@code rounds} times timed; records a result row. */
    private static <T> T time(String label, int rounds, Supplier<T> work, java.util.function.Function<T, String> describe) {
        List<Double> millis = new ArrayList<>();
        T result = null;
        for (int round = 0; round <= rounds; round++) {
            long started = System.nanoTime();
            result = work.get();
            double elapsed = (System.nanoTime() - started) / 1e6;
            if (round > 0) {
                millis.add(elapsed);
            }
            System.out.printf(Locale.ROOT, "%s round %d: %s %.1f ms%n", round == 0 ? "warm-up" : "timed", round, label, elapsed);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        RESULTS.add(new String[] {label, String.format(Locale.ROOT, "%.1f ms", median),
                String.format(Locale.ROOT, "%.1f-%.1f ms", sorted.get(0), sorted.get(n - 1)), describe.apply(result)});
        return result;
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
}
