package io.retort.bench.sidebyside;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the contenders interleaved (Retort, Flyway, Liquibase, the psql floors, then the no-library
 * application, in every round), one warm-up round first, a fresh database for every timed apply, and
 * prints medians, ranges and ratios to Flyway as Markdown.
 *
 * <p>Usage: {@code SideBySide <apps directory> <rounds>}, where the directory holds
 * {@code none/quarkus-app} and, per revision count N, {@code N/<tool>/quarkus-app} and
 * {@code N/psql/*.sql} (bench/run-sidebyside.sh builds it).
 */
public final class SideBySide {

    static final List<String> TOOLS = List.of("retort", "retort-squashed", "flyway", "liquibase");
    static final List<String> FLOORS = List.of("one-transaction", "transaction-per-file", "retort-offline-script");

    private final Path apps;
    private final Psql psql = new Psql("127.0.0.1", "postgres");
    private final AppProcess process = new AppProcess(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "127.0.0.1", "postgres");
    private final Results results = new Results();

    private SideBySide(Path apps) {
        this.apps = apps;
    }

    public static void main(String[] args) throws Exception {
        Path apps = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Integer> counts;
        try (Stream<Path> entries = Files.list(apps)) {
            counts = entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+"))
                    .map(Integer::valueOf).sorted().toList();
        }
        SideBySide bench = new SideBySide(apps);
        bench.readBuildTimes(counts);
        for (int round = 0; round <= rounds; round++) {
            boolean warmUp = round == 0;
            System.err.println(warmUp ? "warm-up round" : "round " + round + " of " + rounds);
            for (int count : counts) {
                bench.round(count, warmUp);
            }
        }
        String report = new Report(bench.results, counts, rounds).markdown();
        System.out.println(report);
        Files.writeString(apps.resolve("results.md"), report);
    }

    private void round(int count, boolean warmUp) throws IOException, InterruptedException {
        Path dir = apps.resolve(Integer.toString(count));
        for (String tool : TOOLS) {
            String database = fresh(database(tool));
            record(warmUp, Results.key("apply", count, tool), process.start(app(dir, tool), database));
        }
        for (String floor : FLOORS) {
            String database = fresh("bench_psql");
            long nanos = psql.timeScript(database, dir.resolve("psql").resolve(floor + ".sql"));
            if (!warmUp) {
                results.samples(Results.key("apply", count, "psql " + floor), Results.WALL).add(nanos / 1e6);
            }
            psql.dropDatabase(database);
        }
        // The databases each tool just brought to head: a start now has nothing to apply.
        for (String tool : TOOLS) {
            psql.checkpoint();
            record(warmUp, Results.key("noop", count, tool), process.start(app(dir, tool), database(tool)));
            psql.dropDatabase(database(tool));
        }
        String database = fresh("bench_none");
        Path none = apps.resolve("none/quarkus-app");
        record(warmUp, Results.key("noop", count, "none"), process.start(none, database));
        record(warmUp, Results.key("noop", count, "connected"), process.start(none, database, "bench.connect-at-start=true"));
        psql.dropDatabase(database);
    }

    /** The build time of each application, measured by bench/run-sidebyside.sh (one {@code mvn package} each). */
    private void readBuildTimes(List<Integer> counts) throws IOException {
        for (int count : counts) {
            for (String tool : TOOLS) {
                Path file = apps.resolve(Integer.toString(count)).resolve(tool).resolve("build-ms");
                if (Files.exists(file)) {
                    results.samples(Results.key("build", count, tool), Results.WALL).add(Double.parseDouble(Files.readString(file).strip()));
                }
            }
        }
    }

    private static String database(String tool) {
        return "bench_" + tool.replace('-', '_');
    }

    private static Path app(Path dir, String tool) {
        return dir.resolve(tool).resolve("quarkus-app");
    }

    /** An empty database, the server's dirty buffers written out first, so every timed run starts alike. */
    private String fresh(String database) {
        psql.dropDatabase(database);
        psql.createDatabase(database);
        psql.checkpoint();
        return database;
    }

    private void record(boolean warmUp, String key, AppStart start) {
        if (warmUp) {
            return;
        }
        results.samples(key, Results.WALL).add(start.wallMillis());
        results.samples(key, Results.QUARKUS).add(start.quarkusMillis());
        results.samples(key, Results.RSS).add(start.peakRssKb() / 1024.0);
    }
}
