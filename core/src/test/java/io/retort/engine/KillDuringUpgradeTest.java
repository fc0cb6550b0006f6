package io.retort.engine;

import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A process upgrading 300 revisions killed with SIGKILL at random points, 20 times (seeded, so a
 * failure reproduces): the next run reaches head, no revision is half-applied or recorded twice,
 * the schema is the replayed one, and an SQLite file stays sound.
 */
class KillDuringUpgradeTest extends EngineSuite {

    private static final int REVISIONS = 300;
    private static final int TRIALS = 20;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void killedUpgradesLeaveNothingHalfDone(Backend backend) throws Exception {
        Random random = new Random(20261125L + backend.ordinal());
        try (TestDatabase db = backend.open(vertx)) {
            String location = db.processArgument();
            int killed = 0;
            // Behind PgBouncer a smaller count: the same code path, and each trial is a JVM start.
            int trials = backend == Backend.POSTGRESQL_PGBOUNCER ? 8 : TRIALS;
            for (int trial = 0; trial < trials; trial++) {
                Process process = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                        UpgradeProcess.class.getName(), backend.name(), location, String.valueOf(REVISIONS))
                        .redirectErrorStream(true).start();
                // Kill right after the k-th revision the process reports, so the next one is in flight.
                int k = 1 + random.nextInt(12);
                int applied = 0;
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.contains("Applied g") && ++applied == k) {
                            process.destroyForcibly();
                            killed++;
                            break;
                        }
                    }
                }
                process.waitFor(30, TimeUnit.SECONDS);
            }

            Retort retort = Retort.of(GeneratedChain.linear(REVISIONS), backend.dialect(), db.pool(), RetortOptions.defaults());
            retort.upgrade("head").await().indefinitely();

            assertEquals(Set.of(GeneratedChain.id(REVISIONS)), retort.current().await().indefinitely());
            assertEquals(REVISIONS, count(db, "SELECT COUNT(DISTINCT revision) FROM retort_history WHERE direction = 'upgrade'"));
            assertEquals(REVISIONS, count(db, "SELECT COUNT(*) FROM retort_history WHERE direction = 'upgrade'"),
                    "each revision recorded once (" + killed + " of " + trials + " runs were killed)");
            assertSameSchema(backend.dialect().canonical(retort.chain().schemaAt(Set.of(GeneratedChain.id(REVISIONS)))),
                    backend.dialect().canonical(retort.introspect().await().indefinitely()), "after " + killed + " kills");
            if (backend == Backend.SQLITE) {
                String integrity = db.pool().query("PRAGMA integrity_check").execute().await().indefinitely().iterator().next()
                        .getString(0);
                assertEquals("ok", integrity);
            }
            assertEquals(trials, killed, "every run was killed mid-way");
        }
    }

    private static String javaBin() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
