package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.operation.OperationVisitor;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 200 seeded random chains ({@link RandomChain}), each run on SQLite, PostgreSQL and MariaDB side by
 * side ({@link SideBySide}), and 50 more on SQLite and PostgreSQL drawing what MariaDB does not have
 * (enum types, partial indexes). A failure prints the seed and the chain; {@code -Dretort.seed=N}
 * runs that one chain alone (three-way). The longer run is {@code bench/run-random-chains.sh}.
 */
class RandomRoundTripTest extends EngineSuite {

    private static final int CHAINS = 200;
    private static final int TWO_WAY_CHAINS = 50;

    /** Held so that the level sticks: 3,600 "Applied ..." lines say nothing a failure would not. */
    private static final Logger RETORT = Logger.getLogger("io.retort");

    @BeforeAll
    static void quiet() {
        RETORT.setLevel(Level.WARNING);
    }

    @AfterAll
    static void loud() {
        RETORT.setLevel(null);
    }

    @Test
    void randomChainsAgreeOnThreeDatabasesAndWithTheReplay() {
        String only = System.getProperty("retort.seed");
        try (TestDatabase sqlite = Backend.SQLITE.open(vertx); TestDatabase postgres = Backend.POSTGRESQL.open(vertx);
                TestDatabase mariadb = Backend.MARIADB.open(vertx)) {
            SideBySide sideBySide = new SideBySide(Map.of(Backend.SQLITE, sqlite, Backend.POSTGRESQL, postgres, Backend.MARIADB, mariadb));
            Map<String, Integer> covered = new TreeMap<>();
            long first = only == null ? 1 : Long.parseLong(only);
            long last = only == null ? CHAINS : first;
            for (long seed = first; seed <= last; seed++) {
                RandomChain.Generated chain = RandomChain.generate(seed, 4, 3, true);
                chain.operations().forEach((kind, n) -> covered.merge(kind, n, Integer::sum));
                sideBySide.run(chain);
            }
            System.out.println("Random chains on three databases: " + (last - first + 1) + ", steps " + sideBySide.steps()
                    + ", operations " + covered);
            if (only == null) {
                assertEquals(OperationVisitor.class.getDeclaredMethods().length - RandomChain.NOT_ON_MARIADB.size(), covered.size(),
                        "every kind of operation MariaDB has was drawn: " + covered);
            }
        }
    }

    @Test
    void randomChainsWithEnumsAndPartialIndexesAgreeOnTwoDatabases() {
        try (TestDatabase sqlite = Backend.SQLITE.open(vertx); TestDatabase postgres = Backend.POSTGRESQL.open(vertx)) {
            SideBySide sideBySide = new SideBySide(sqlite, postgres);
            Map<String, Integer> covered = new TreeMap<>();
            for (long seed = 1; seed <= TWO_WAY_CHAINS; seed++) {
                RandomChain.Generated chain = RandomChain.generate(seed, 4, 3, false);
                chain.operations().forEach((kind, n) -> covered.merge(kind, n, Integer::sum));
                sideBySide.run(chain);
            }
            assertEquals(OperationVisitor.class.getDeclaredMethods().length, covered.size(), "every kind of operation was drawn: " + covered);
        }
    }
}
