package io.retort.bench;

import io.retort.engine.RandomChain;
import io.retort.engine.SideBySide;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.util.Map;
import java.util.TreeMap;

/**
 * The randomized SQLite/PostgreSQL round trip of the test suite (RandomRoundTripTest), longer: more
 * chains, longer ones, from another range of seeds. Prints what it covered; a failure prints the
 * seed and the chain. Usage: RandomChainsBench [chains] [revisions per chain] [operations per revision] [first seed]
 */
public final class RandomChainsBench {

    private RandomChainsBench() {
    }

    public static void main(String[] args) {
        int chains = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int revisions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int operations = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long firstSeed = args.length > 3 ? Long.parseLong(args[3]) : 100_000;
        java.util.logging.Logger retort = java.util.logging.Logger.getLogger("io.retort");
        retort.setLevel(java.util.logging.Level.WARNING); // one line per applied step would bury the summary
        Vertx vertx = Vertx.vertx();
        long started = System.nanoTime();
        Map<String, Integer> covered = new TreeMap<>();
        try (TestDatabase sqlite = Backend.SQLITE.open(vertx); TestDatabase postgres = Backend.POSTGRESQL.open(vertx)) {
            SideBySide sideBySide = new SideBySide(sqlite, postgres);
            for (long seed = firstSeed; seed < firstSeed + chains; seed++) {
                RandomChain.Generated chain = RandomChain.generate(seed, revisions, operations);
                chain.operations().forEach((kind, n) -> covered.merge(kind, n, Integer::sum));
                sideBySide.run(chain);
            }
            System.out.printf("Random chains: %d chains (seeds %d..%d) of %d revisions x %d operations, %d steps checked on SQLite"
                    + " and PostgreSQL, %d operations %s, in %.1f s%n", chains, firstSeed, firstSeed + chains - 1, revisions, operations,
                    sideBySide.steps(), covered.values().stream().mapToInt(Integer::intValue).sum(), covered,
                    (System.nanoTime() - started) / 1e9);
        } finally {
            vertx.closeAndAwait();
        }
    }
}
