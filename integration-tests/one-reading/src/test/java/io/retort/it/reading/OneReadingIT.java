package io.retort.it.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retort.testing.ApplicationProcess;
import io.retort.testing.MavenRun;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * One application, five surfaces, one answer. The application has two datasources (the inventory's
 * package nested inside the default one's), a physical naming strategy, and an entity and a revision
 * in a dependency jar. The start-up, the drift the Dev UI shows, retort:check, retort:revision
 * -Dretort.autogenerate (offline and online) and @RetortMigrationTests must find the same revisions
 * per datasource, the same drift (book.subtitle, named rd_book by the strategy) and write the same
 * operations.
 */
class OneReadingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The one change no revision covers, as every surface must describe it. */
    private static final List<String> EXPECTED_DRIFT = List.of("add column rd_book.subtitle string(255)");

    private static Vertx vertx;
    private static PostgresTestDatabase defaultDb;
    private static PostgresTestDatabase inventoryDb;

    @BeforeAll
    static void databases() {
        vertx = Vertx.vertx();
        defaultDb = PostgresTestDatabase.create(vertx);
        inventoryDb = PostgresTestDatabase.create(vertx);
    }

    @AfterAll
    static void drop() {
        defaultDb.close();
        inventoryDb.close();
        vertx.closeAndAwait();
    }

    private static Map<String, String> urls() {
        return Map.of("READING_DEFAULT_URL", url(defaultDb), "READING_INVENTORY_URL", url(inventoryDb));
    }

    private static String url(PostgresTestDatabase db) {
        var options = PostgresTestDatabase.options(db.name());
        return "postgresql://" + options.getHost() + ":" + options.getPort() + "/" + db.name();
    }

    @Test
    void everySurfaceReadsTheApplicationAlike() throws Exception {
        // 1. The start-up, and the drift the Dev UI shows (the same RetortDrift bean), from the running application.
        JsonNode started = startAndRead();
        Map<String, List<String>> revisions = new TreeMap<>();
        started.get("datasources").fields().forEachRemaining(entry -> {
            assertEquals("postgresql", entry.getValue().get("database").asText(), entry.getKey());
            List<String> ids = new ArrayList<>();
            entry.getValue().get("revisions").forEach(id -> ids.add(id.asText()));
            revisions.put(entry.getKey(), ids);
        });
        assertEquals(Map.of("<default>", List.of("0c1d2e3f4a5b", "1d2e3f4a5b6c"), "inventory", List.of("9e8d7c6b5a4f")), revisions,
                "the start-up's revisions per datasource");
        List<String> startupDrift = new ArrayList<>();
        started.get("drift").forEach(line -> startupDrift.add(line.asText()));
        assertEquals(EXPECTED_DRIFT, startupDrift, "the drift the running application (and its Dev UI) reports");
        assertEquals(2, count(defaultDb, "SELECT count(*) FROM retort_history"), "both default revisions applied at start");
        assertEquals(1, count(inventoryDb, "SELECT count(*) FROM retort_history"), "the inventory revision applied at start");

        // 2. The goals, as a user types them, on a copy of the project (revision writes into its sources).
        Path project = copyOfProject();
        for (String datasource : List.of("<default>", "inventory")) {
            MavenRun history = MavenRun.in(project, urls(), "retort:history", "-Dretort.datasource=" + datasource);
            assertTrue(history.succeeded(), history::describe);
            for (String id : revisions.get(datasource)) {
                assertTrue(history.stdout().contains(" " + id + " "), () -> datasource + " lists " + id + ":\n" + history.describe());
            }
            List<String> others = revisions.entrySet().stream().filter(e -> !e.getKey().equals(datasource))
                    .flatMap(e -> e.getValue().stream()).toList();
            for (String id : others) {
                assertFalse(history.stdout().contains(id), () -> datasource + " must not list " + id + ":\n" + history.describe());
            }
        }
        MavenRun check = MavenRun.in(project, urls(), "retort:check");
        assertFalse(check.succeeded(), check::describe);
        assertEquals(EXPECTED_DRIFT, indented(check.stdout(), "[ERROR]   "), () -> "retort:check names the drift:\n" + check.describe());

        MavenRun offline = MavenRun.in(project, urls(), "retort:revision", "-Dretort.autogenerate", "-Dretort.offline",
                "-Dretort.message=add subtitle");
        assertTrue(offline.succeeded(), offline::describe);
        assertEquals(EXPECTED_DRIFT, indented(offline.stdout(), "[INFO]   "), offline::describe);
        Path offlineFile = newRevision(project);
        assertTrue(offlineFile.startsWith(project.resolve("src/main/java/io/retort/it/reading")), offlineFile.toString());
        String offlineUpgrade = upgradeBody(offlineFile);
        Files.delete(offlineFile);

        MavenRun online = MavenRun.in(project, urls(), "retort:revision", "-Dretort.autogenerate", "-Dretort.message=add subtitle");
        assertTrue(online.succeeded(), online::describe);
        assertEquals(EXPECTED_DRIFT, indented(online.stdout(), "[INFO]   "), online::describe);
        assertEquals(offlineUpgrade, upgradeBody(newRevision(project)), "online and offline autogenerate write the same operations");

        // 3. The test kit, on scratch databases made from the same settings.
        urls().forEach(System::setProperty);
        try {
            List<Event> defaultChecks = kit(DefaultDataSourceKit.class);
            assertEquals(List.of("model matches schema"), failed(defaultChecks), () -> "only the model check fails: " + defaultChecks);
            String message = defaultChecks.stream().filter(e -> e.getTestDescriptor().getDisplayName().equals("model matches schema"))
                    .findFirst().orElseThrow().getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                    .getThrowable().orElseThrow().getMessage();
            assertEquals(EXPECTED_DRIFT, indented(message, "  "), message);
            List<Event> inventoryChecks = kit(InventoryKit.class);
            assertEquals(List.of(), failed(inventoryChecks), () -> inventoryChecks.toString());
        } finally {
            urls().keySet().forEach(System::clearProperty);
        }
    }

    private static JsonNode startAndRead() throws Exception {
        Path jar = Path.of(System.getProperty("retort.application"));
        List<String> properties = urls().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        List<String> withPort = new ArrayList<>(properties);
        withPort.add("quarkus.http.port=0");
        try (ApplicationProcess app = ApplicationProcess.start(jar, withPort)) {
            assertTrue(app.awaitStarted(), app::output);
            String port = app.output().replaceAll("(?s).*Listening on: http://[^:]+:(\\d+).*", "$1");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/reading")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body() + "\n" + app.output());
            return JSON.readTree(response.body());
        }
    }

    private static long count(PostgresTestDatabase db, String sql) {
        return db.pool().query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    /** The lines after a prefix such as "[ERROR]   ": the changes a goal or the kit lists, indented under their heading. */
    private static List<String> indented(String output, String prefix) {
        // Only what the goal itself printed: after Maven's "--- retort:...:goal" line.
        int goal = output.indexOf("--- retort:");
        String own = goal < 0 ? output : output.substring(goal);
        return own.lines().filter(line -> line.startsWith(prefix) && !line.substring(prefix.length()).startsWith(" "))
                .map(line -> line.substring(prefix.length()).trim()).filter(line -> !line.isEmpty() && !line.startsWith("- ")).toList();
    }

    private static List<Event> kit(Class<?> suite) {
        return EngineTestKit.engine("retort-migrations").selectors(selectClass(suite)).execute().testEvents().finished().list();
    }

    private static List<String> failed(List<Event> events) {
        return events.stream().filter(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .map(r -> r.getStatus() != org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL).orElse(false))
                .map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }

    /** The project's pom and sources, copied under target/ (its compiled classes are rebuilt by the goals' compile). */
    private static Path copyOfProject() throws IOException {
        Path copy = Path.of("target/goal-project").toAbsolutePath();
        if (Files.exists(copy)) {
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (String part : List.of("pom.xml", "src/main")) {
            Path source = Path.of(part).toAbsolutePath();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(Path.of("").toAbsolutePath().relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
        }
        return copy;
    }

    private static Path newRevision(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("src/main/java"))) {
            List<Path> written = files.filter(f -> f.getFileName().toString().startsWith("R2")).toList();
            assertEquals(1, written.size(), written::toString);
            return written.get(0);
        }
    }

    private static String upgradeBody(Path file) throws IOException {
        String source = Files.readString(file);
        return source.substring(source.indexOf("public void upgrade"), source.indexOf("public void downgrade"));
    }
}
