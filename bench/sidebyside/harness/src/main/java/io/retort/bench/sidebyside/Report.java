package io.retort.bench.sidebyside;

import java.util.List;
import java.util.Locale;

/**
 * The results as Markdown: per revision count, applying to an empty database and starting at head,
 * each with ratios to Flyway, then the targets Retort is held to.
 */
final class Report {

    private final Results results;
    private final List<Integer> counts;
    private final int rounds;
    private final StringBuilder out = new StringBuilder();

    Report(Results results, List<Integer> counts, int rounds) {
        this.results = results;
        this.counts = counts;
        this.rounds = rounds;
    }

    String markdown() {
        line("Medians of " + rounds + " interleaved rounds after one warm-up round (min–max in brackets); "
                + "times in ms, RSS in MiB.");
        for (int count : counts) {
            applyTable(count);
            noopTable(count);
        }
        buildTable();
        targets(counts.get(counts.size() - 1));
        longHistories();
        return out.toString();
    }

    /** One {@code mvn package} of each application, as bench/run-sidebyside.sh timed it (one sample per count). */
    private void buildTable() {
        if (results.samples(Results.key("build", counts.get(0), "flyway"), Results.WALL).count() == 0) {
            return;
        }
        line("");
        line("### Building the application (`mvn package`, one run)");
        line("");
        StringBuilder header = new StringBuilder("| contender |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int count : counts) {
            header.append(" ").append(count).append(" revisions | × Flyway |");
            rule.append("---|---|");
        }
        line(header.toString());
        line(rule.toString());
        for (String tool : SideBySide.TOOLS) {
            StringBuilder row = new StringBuilder("| " + tool + " |");
            for (int count : counts) {
                double build = median("build", count, tool, Results.WALL);
                row.append(" ").append(ms(build)).append(" | ").append(ratio(build / median("build", count, "flyway", Results.WALL)))
                        .append(" |");
            }
            line(row.toString());
        }
    }

    /**
     * The long-history targets: the start at head stays flat from the smallest count to the largest,
     * applying stays near the psql floor, and the squashed history's numbers beside the full one's.
     */
    private void longHistories() {
        int fewest = counts.get(0);
        int most = counts.get(counts.size() - 1);
        line("");
        line("### Long histories");
        line("");
        double flat = added(most, "retort", "none") / added(fewest, "retort", "none");
        target("start-up added at head with " + most + " revisions ≤ 1.20 × with " + fewest + " ("
                + ms(added(most, "retort", "none")) + " vs " + ms(added(fewest, "retort", "none")) + " ms)", flat, 1.20);
        for (int count : counts) {
            double perFile = median("apply", count, "psql transaction-per-file", Results.WALL);
            target("applying " + count + " revisions, the revisions alone (" + ms(revisionsAlone(count, "retort"))
                    + " ms) ≤ 1.50 × the psql transaction-per-file floor (" + ms(perFile) + " ms)", revisionsAlone(count, "retort") / perFile,
                    1.50);
        }
        line("- squashed history of " + most + ": applying " + ms(applying(most, "retort-squashed")) + " ms vs "
                + ms(applying(most, "retort")) + " ms for the chain (" + ratio(applying(most, "retort-squashed") / applying(most, "retort"))
                + "), start at head adds " + ms(added(most, "retort-squashed", "none")) + " ms vs " + ms(added(most, "retort", "none"))
                + " ms, peak RSS applying " + ms(median("apply", most, "retort-squashed", Results.RSS)) + " vs "
                + ms(median("apply", most, "retort", Results.RSS)) + " MiB");
    }

    private void applyTable(int count) {
        line("");
        line("### Applying " + count + " revisions to an empty database");
        line("");
        line("| contender | start on an empty database | applying (start − no-library start) | × Flyway "
                + "| the revisions alone (start − start at head) | × Flyway | peak RSS | × Flyway |");
        line("|---|---|---|---|---|---|---|---|");
        double flyway = applying(count, "flyway");
        double flywayRss = median("apply", count, "flyway", Results.RSS);
        for (String tool : SideBySide.TOOLS) {
            double applying = applying(count, tool);
            double rss = median("apply", count, tool, Results.RSS);
            double alone = revisionsAlone(count, tool);
            line("| " + tool + " | " + range("apply", count, tool, Results.WALL) + " | " + ms(applying) + " | "
                    + ratio(applying / flyway) + " | " + ms(alone) + " | " + ratio(alone / revisionsAlone(count, "flyway")) + " | "
                    + range("apply", count, tool, Results.RSS) + " | "
                    + ratio(rss / flywayRss) + " |");
        }
        for (String floor : SideBySide.FLOORS) {
            String contender = "psql " + floor;
            double wall = median("apply", count, contender, Results.WALL);
            line("| psql, " + floor.replace('-', ' ') + " (floor) | | " + range("apply", count, contender, Results.WALL)
                    + " | " + ratio(wall / flyway) + " | " + ms(wall) + " | " + ratio(wall / revisionsAlone(count, "flyway")) + " | | |");
        }
    }

    private void noopTable(int count) {
        line("");
        line("### Starting with " + count + " revisions already applied");
        line("");
        line("| contender | start (wall) | Quarkus's \"started in\" | added to the no-library start | × Flyway "
                + "| added to the connected no-library start | × Flyway | peak RSS | × Flyway |");
        line("|---|---|---|---|---|---|---|---|---|");
        double flyway = added(count, "flyway", "none");
        double flywayConnected = added(count, "flyway", "connected");
        double flywayRss = median("noop", count, "flyway", Results.RSS);
        for (String tool : SideBySide.TOOLS) {
            double added = added(count, tool, "none");
            double addedConnected = added(count, tool, "connected");
            line("| " + tool + " | " + range("noop", count, tool, Results.WALL) + " | "
                    + range("noop", count, tool, Results.QUARKUS) + " | " + ms(added) + " | " + ratio(added / flyway) + " | "
                    + ms(addedConnected) + " | " + ratio(addedConnected / flywayConnected) + " | "
                    + range("noop", count, tool, Results.RSS) + " | "
                    + ratio(median("noop", count, tool, Results.RSS) / flywayRss) + " |");
        }
        baseline(count, "none", "no migration library", flywayRss);
        baseline(count, "connected", "no migration library, one reactive query at start", flywayRss);
    }

    private void baseline(int count, String contender, String label, double flywayRss) {
        line("| " + label + " | " + range("noop", count, contender, Results.WALL) + " | "
                + range("noop", count, contender, Results.QUARKUS) + " | | | | | " + range("noop", count, contender, Results.RSS)
                + " | " + ratio(median("noop", count, contender, Results.RSS) / flywayRss) + " |");
    }

    private void targets(int count) {
        line("");
        line("### Targets (" + count + " revisions)");
        line("");
        double noop = added(count, "retort", "none") / added(count, "flyway", "none");
        double noopConnected = added(count, "retort", "connected") / added(count, "flyway", "connected");
        double apply = applying(count, "retort") / applying(count, "flyway");
        double perFile = median("apply", count, "psql transaction-per-file", Results.WALL);
        double floor = applying(count, "retort") / perFile;
        double floorAlone = revisionsAlone(count, "retort") / perFile;
        double rssApply = median("apply", count, "retort", Results.RSS) / median("apply", count, "flyway", Results.RSS);
        double rssNoop = median("noop", count, "retort", Results.RSS) / median("noop", count, "flyway", Results.RSS);
        target("start-up added at head ≤ 0.20 × Flyway's", noop, 0.20);
        target("the same, over the baseline that opens a reactive connection at start", noopConnected, 0.20);
        target("applying ≤ 0.80 × Flyway's time", apply, 0.80);
        target("applying ≤ 1.50 × the psql transaction-per-file floor", floor, 1.50);
        target("the revisions alone ≤ 1.50 × the psql transaction-per-file floor", floorAlone, 1.50);
        target("peak RSS applying ≤ Flyway's", rssApply, 1.0);
        target("peak RSS at head ≤ Flyway's", rssNoop, 1.0);
    }

    private void target(String what, double ratio, double limit) {
        line("- " + what + ": " + ratio(ratio) + " — " + (ratio <= limit ? "met" : "**missed**"));
    }

    private double applying(int count, String tool) {
        return median("apply", count, tool, Results.WALL) - median("noop", count, "none", Results.WALL);
    }

    // What applying costs beyond starting on a database already at head: connecting, checking and
    // loading the library are paid by both starts.
    private double revisionsAlone(int count, String tool) {
        return median("apply", count, tool, Results.WALL) - median("noop", count, tool, Results.WALL);
    }

    private double added(int count, String tool, String baseline) {
        return median("noop", count, tool, Results.WALL) - median("noop", count, baseline, Results.WALL);
    }

    private double median(String measurement, int count, String contender, String metric) {
        return results.samples(Results.key(measurement, count, contender), metric).median();
    }

    private String range(String measurement, int count, String contender, String metric) {
        Samples samples = results.samples(Results.key(measurement, count, contender), metric);
        return ms(samples.median()) + " (" + ms(samples.min()) + "–" + ms(samples.max()) + ")";
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
