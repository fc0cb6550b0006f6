package io.retort.it.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.ApplicationProcess;
import io.retort.testing.MariaDbTestDatabase;
import io.retort.testing.MavenRun;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An application on MariaDB as a user writes it: quarkus-reactive-mysql-client, db-kind=mariadb and
 * a mysql:// URL in application.properties, nothing else. It builds, upgrades MariaDB at start (and
 * no SQLite file), and the goals read the same database. MySQL is refused by name.
 */
class MariaDbApplicationTest {

    private static final String MYSQL_CLIENT = "<dependency><groupId>io.quarkus</groupId>"
            + "<artifactId>quarkus-reactive-mysql-client</artifactId></dependency>";

    private static Vertx vertx;
    private static MariaDbTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        vertx = Vertx.vertx();
        database = MariaDbTestDatabase.create(vertx);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
        vertx.closeAndAwait();
    }

    private static String properties(String dbKind) {
        var options = MariaDbTestDatabase.options(database.name());
        return "quarkus.datasource.db-kind=" + dbKind + "\n"
                + "quarkus.datasource.username=" + options.getUser() + "\n"
                + "quarkus.datasource.reactive.url=mysql://" + options.getHost() + ":" + options.getPort() + "/" + database.name() + "\n";
    }

    @Test
    void aMariaDbUrlIsAllItTakes() throws Exception {
        SampleProject maria = SampleProject.copy("mariadb", MYSQL_CLIENT, properties("mariadb"));
        MavenRun build = maria.mvn("package", "-DskipTests");
        assertTrue(build.succeeded(), build::describe);

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (ApplicationProcess app = ApplicationProcess.start(maria.dir.resolve("target/quarkus-app/quarkus-run.jar"),
                List.of("quarkus.http.port=" + port))) {
            assertTrue(app.awaitStarted(), app::output);
            assertTrue(app.output().contains("Applied 2b4d6f8a0c13 (create notes)"), app::output);
        }
        Pool pool = database.pool();
        assertEquals(1L, pool.query("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'notes'").execute().await().indefinitely().iterator().next().getLong(0));
        assertEquals("2b4d6f8a0c13", pool.query("SELECT version_num FROM retort_version").execute().await().indefinitely()
                .iterator().next().getString(0));
        assertFalse(Files.exists(maria.dir.resolve("app.db")), "no SQLite file beside MariaDB");

        MavenRun current = maria.mvn("retort:current");
        assertTrue(current.succeeded() && current.stdout().contains("2b4d6f8a0c13"), current::describe);
        MavenRun down = maria.mvn("retort:downgrade", "-Dretort.target=base");
        assertTrue(down.succeeded(), down::describe);
        MavenRun history = maria.mvn("retort:history");
        assertTrue(history.succeeded() && history.stdout().contains("pending"), history::describe);
        MavenRun resume = maria.mvn("retort:resume", "-Dretort.ran=true");
        assertTrue(resume.succeeded() && resume.stdout().contains("Nothing to resolve: no revision stopped part way"), resume::describe);
    }

    @Test
    void mySqlIsRefusedByName() throws Exception {
        SampleProject mysql = SampleProject.copy("mariadb", MYSQL_CLIENT, properties("mysql"));
        MavenRun build = mysql.mvn("package", "-DskipTests");
        assertFalse(build.succeeded(), build::describe);
        assertTrue(build.stdout().contains("The default datasource uses a database Retort does not migrate"
                + " (quarkus.datasource.db-kind=mysql); Retort migrates postgresql, sqlite, mariadb"), build::describe);
        assertFalse(Files.exists(mysql.dir.resolve("app.db")), build::describe);
    }
}
