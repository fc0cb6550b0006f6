package io.retort.bench.sidebyside;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The side-by-side run on MariaDB: Retort (reactive MySQL client) and quarkus-flyway (+ JDBC)
 * applying the same DDL, as Retort renders it for MariaDB, interleaved with the mysql-client floor
 * and the no-library application, one warm-up round first, a fresh database for every timed apply;
 * prints medians, ranges and ratios to Flyway as Markdown.
 *
 * <p>Usage: {@code SideBySideMariaDb <apps directory> <rounds>}, where the directory holds
 * {@code none/quarkus-app} and, per revision count N, {@code N/<tool>/quarkus-app} and
 * {@code N/mariadb/one-session.sql} (bench/run-sidebyside-mariadb.sh builds it).
 */
public final class SideBySideMariaDb {

    static final List<String> TOOLS = List.of("retort", "flyway");
    static final String FLOOR = "mysql one session";

    private final Path apps;
    private final MariaDbClient client = new MariaDbClient("127.0.0.1", "root");
    private final AppProcess process = AppProcess.mariadb(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "127.0.0.1", "root");
    private final Results results = new Results();

    private SideBySideMariaDb(Path apps) {
        this.apps = apps;
    }

    public static void main(String[] args) throws Exception {
        Path apps = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Integer> counts;
        try (Stream<Path> entries = Files.list(apps)) {
            counts = entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).map(Integer::valueOf).sorted().toList();
        }
        SideBySideMariaDb bench = new SideBySideMariaDb(apps);
        for (int round = 0; round <= rounds; round++) {
            System.err.println(round == 0 ? "warm-up round" : "round " + round + " of " + rounds);
            for (int count : counts) {
                bench.round(count, round == 0);
            }
        }
        String report = bench.report(counts, rounds);
        System.out.println(report);
        Files.writeString(apps.resolve("results.md"), report);
    }

    private void round(int count, boolean warmUp) throws IOException, InterruptedException {
        Path dir = apps.resolve(Integer.toString(count));
        for (String tool : TOOLS) {
            record(warmUp, Results.key("apply", count, tool), process.start(app(dir, tool), fresh("bench_" + tool)));
        }
        String floorDatabase = fresh("bench_floor");
        long nanos = client.timeScript(floorDatabase, dir.resolve("mariadb/one-session.sql"));
        if (!warmUp) {
            results.samples(Results.key("apply", count, FLOOR), Results.WALL).add(nanos / 1e6);
        }
        client.dropDatabase(floorDatabase);
        for (String tool : TOOLS) {
            record(warmUp, Results.key("noop", count, tool), process.start(app(dir, tool), "bench_" + tool));
            client.dropDatabase("bench_" + tool);
        }
        String none = fresh("bench_none");
        record(warmUp, Results.key("noop", count, "none"), process.start(apps.resolve("none/quarkus-app"), none));
        client.dropDatabase(none);
    }

    private static Path app(Path dir, String tool) {
        return dir.resolve(tool).resolve("quarkus-app");
    }

    private String fresh(String database) {
        client.dropDatabase(database);
        client.createDatabase(database);
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

    private String report(List<Integer> counts, int rounds) {
        StringBuilder out = new StringBuilder("Medians of " + rounds + " interleaved rounds after one warm-up round (min–max in brackets);"
                + " times in ms, RSS in MiB.\n");
        for (int count : counts) {
            double none = median("noop", count, "none", Results.WALL);
            out.append("\n### MariaDB: applying ").append(count).append(" revisions to an empty database\n\n")
                    .append("| contender | start on an empty database | applying (start − no-library start) | × Flyway | peak RSS | × Flyway |\n")
                    .append("|---|---|---|---|---|---|\n");
            double flyway = median("apply", count, "flyway", Results.WALL) - none;
            double flywayRss = median("apply", count, "flyway", Results.RSS);
            for (String tool : TOOLS) {
                double applying = median("apply", count, tool, Results.WALL) - none;
                out.append("| ").append(tool).append(" | ").append(range("apply", count, tool, Results.WALL)).append(" | ")
                        .append(ms(applying)).append(" | ").append(ratio(applying / flyway)).append(" | ")
                        .append(range("apply", count, tool, Results.RSS)).append(" | ")
                        .append(ratio(median("apply", count, tool, Results.RSS) / flywayRss)).append(" |\n");
            }
            double floor = median("apply", count, FLOOR, Results.WALL);
            out.append("| mysql client, every statement in one session (floor) | | ").append(range("apply", count, FLOOR, Results.WALL))
                    .append(" | ").append(ratio(floor / flyway)).append(" | | |\n");
            out.append("\n### MariaDB: starting with ").append(count).append(" revisions already applied\n\n")
                    .append("| contender | start (wall) | added to the no-library start | × Flyway | peak RSS | × Flyway |\n")
                    .append("|---|---|---|---|---|---|\n");
            double flywayAdded = median("noop", count, "flyway", Results.WALL) - none;
            double flywayNoopRss = median("noop", count, "flyway", Results.RSS);
            for (String tool : TOOLS) {
                double added = median("noop", count, tool, Results.WALL) - none;
                out.append("| ").append(tool).append(" | ").append(range("noop", count, tool, Results.WALL)).append(" | ")
                        .append(ms(added)).append(" | ").append(ratio(added / flywayAdded)).append(" | ")
                        .append(range("noop", count, tool, Results.RSS)).append(" | ")
                        .append(ratio(median("noop", count, tool, Results.RSS) / flywayNoopRss)).append(" |\n");
            }
            out.append("| no migration library | ").append(range("noop", count, "none", Results.WALL)).append(" | | | ")
                    .append(range("noop", count, "none", Results.RSS)).append(" | |\n");
        }
        return out.toString();
    }

    private double median(String measurement, int count, String contender, String metric) {
        return results.samples(Results.key(measurement, count, contender), metric).median();
    }

    private String range(String measurement, int count, String contender, String metric) {
        Samples samples = results.samples(Results.key(measurement, count, contender), metric);
        return ms(samples.median()) + " (" + ms(samples.min()) + "–" + ms(samples.max()) + ")";
    }

    private static String ms(double value) {
        return Report.ms(value);
    }

    private static String ratio(double value) {
        return Report.ratio(value);
    }
}
