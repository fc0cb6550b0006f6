package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight processes started at once against one empty PostgreSQL database with 300 revisions: all
 * finish, and the history shows each revision applied once.
 */
class EightProcessesTest extends EngineSuite {

    private static final int PROCESSES = 8;
    private static final int REVISIONS = 300;

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"POSTGRESQL", "POSTGRESQL_PGBOUNCER", "MARIADB"})
    void allStartAndEachRevisionIsAppliedOnce(Backend backend) throws Exception {
        try (TestDatabase db = backend.open(vertx)) {
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                processes.add(new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), UpgradeProcess.class.getName(), backend.name(),
                        db.processArgument(), String.valueOf(REVISIONS)).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
            for (Process process : processes) {
                assertEquals(true, process.waitFor(3, TimeUnit.MINUTES), "a process finished");
                assertEquals(0, process.exitValue(), "a process failed");
            }

            Retort retort = Retort.of(GeneratedChain.linear(REVISIONS), backend.dialect(), db.pool(), RetortOptions.defaults());
            assertEquals(Set.of(GeneratedChain.id(REVISIONS)), retort.current().await().indefinitely());
            assertEquals(REVISIONS, count(db, "SELECT COUNT(*) FROM retort_history"));
            assertEquals(REVISIONS, count(db, "SELECT COUNT(DISTINCT revision) FROM retort_history"));
        }
    }
}
