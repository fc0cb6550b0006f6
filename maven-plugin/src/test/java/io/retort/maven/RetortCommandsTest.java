package io.retort.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.engine.ModelDriftException;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals' commands on a real application directory (compiled revisions, an entity and
 * application.properties), against an SQLite file and a PostgreSQL database.
 */
class RetortCommandsTest {

    @Test
    void sqliteFromTheDefaultConfiguration(@TempDir Path dir) throws Exception {
        // %dev. profile settings are honoured, as Quarkus reads them.
        FixtureProject project = new FixtureProject(dir, "%dev.quarkus.retort.sqlite.path=dev.db\n");
        walkThrough(project, "dev.db");
        assertTrue(Files.exists(dir.resolve("dev.db")), "the SQLite file is where the dev profile says");
    }

    @Test
    void postgresFromTheReactiveUrl(@TempDir Path dir) throws Exception {
        Vertx vertx = Vertx.vertx();
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            FixtureProject project = new FixtureProject(dir, "quarkus.datasource.reactive.url=postgresql://127.0.0.1:5432/" + db.name()
                    + "\nquarkus.datasource.username=postgres\n");
            walkThrough(project, db.name());
        } finally {
            vertx.closeAndAwait();
        }
    }

    @Test
    void aNamedDatasourceHasItsOwnRevisionsAndDatabase(@TempDir Path dir) throws Exception {
        FixtureProject project = new FixtureProject(dir, String.join("\n",
                "quarkus.retort.\"notes\".packages=io.retort.maven.fixture",
                "quarkus.retort.\"notes\".database=sqlite",
                "quarkus.retort.\"notes\".sqlite.path=notes.db", ""));
        List<String> out = new ArrayList<>();
        try (ProjectSession notes = ProjectSession.of(dir, project.classes, FixtureProject.extensions(), "dev", "notes")) {
            new RetortCommands(notes, out::add).upgrade("head", false);
            assertTrue(out.get(out.size() - 1).contains("aa0000000002"), out.toString());
        }
        assertTrue(Files.exists(dir.resolve("notes.db")), "the named datasource's own file");
        out.clear();
        try (ProjectSession main = project.session()) {
            new RetortCommands(main, out::add).heads();
            assertEquals("0 heads:", out.get(0), "the default datasource owns none of the notes revisions");
        }
    }

    private void walkThrough(FixtureProject project, String database) throws Exception {
        List<String> out = new ArrayList<>();
        try (ProjectSession session = project.session()) {
            RetortCommands commands = new RetortCommands(session, out::add);

            commands.current();
            assertTrue(out.get(0).startsWith("Current: base"), out.toString());
            assertTrue(out.get(0).contains(database), out.toString());

            out.clear();
            commands.upgrade("+1", false);
            assertTrue(out.get(0).matches("upgraded\\s+aa0000000001\\s+\\d+ ms\\s+create notes"), out.toString());

            out.clear();
            commands.history();
            assertTrue(out.stream().anyMatch(l -> l.matches("\\s*pending.*|\\s+aa0000000002\\s+aa0000000001\\s+pending\\s+add note body")),
                    out.toString());
            assertTrue(out.stream().anyMatch(l -> l.startsWith("->") && l.contains("aa0000000001")), out.toString());

            out.clear();
            commands.upgrade("head", true);
            assertTrue(String.join("\n", out).contains("ALTER TABLE \"notes\" ADD COLUMN \"body\" TEXT"), "offline SQL: " + out);

            Path script = project.baseDir.resolve("target/upgrade.sql");
            commands.upgrade("head", false, null);
            commands.downgrade("-1", false, null);
            commands.upgrade("head", true, script);
            assertTrue(Files.readString(script).contains("INSERT INTO"), "the script file holds the version-row changes");

            out.clear();
            commands.upgrade("head", false);
            commands.downgrade("-1", false);
            assertTrue(out.stream().anyMatch(l -> l.startsWith("downgraded") && l.contains("aa0000000002")), out.toString());
            commands.stamp("head", false);
            assertTrue(out.get(out.size() - 1).contains("Stamped") && out.get(out.size() - 1).contains("aa0000000002"), out.toString());

            ModelDriftException drift = assertThrows(ModelDriftException.class, commands::check);
            assertTrue(drift.getMessage().contains("add column notes.pinned integer"), drift.getMessage());

            out.clear();
            Path written = commands.revision("pin notes", true, true, null, List.of(), List.of(), null);
            String source = Files.readString(written);
            assertTrue(written.startsWith(project.baseDir.resolve("src/main/java/io/retort/maven/fixture")), written.toString());
            assertTrue(source.contains("parent = \"aa0000000002\"") && source.contains("op.addColumn(\"notes\", \"pinned\", integer())"),
                    source);
            assertTrue(out.stream().anyMatch(l -> l.contains("add column notes.pinned integer")), out.toString());

            IllegalStateException noMerge = assertThrows(IllegalStateException.class, () -> commands.merge("m", null));
            assertEquals("Nothing to merge: there is 1 head.", noMerge.getMessage());
        }
    }
}
