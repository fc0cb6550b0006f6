package io.retort.it.goals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.MavenRun;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * An application on MariaDB (quarkus-reactive-mysql-client, db-kind=mariadb) used to build, start
 * and migrate an SQLite file in its working directory, leaving MariaDB empty. Until Retort supports
 * MariaDB, its build fails saying why and what to do; so does a goal.
 */
class UnsupportedDatabaseFailsBuildTest {

    private static final String PROPERTIES = "quarkus.datasource.db-kind=mariadb\n"
            + "quarkus.datasource.username=root\n"
            + "quarkus.datasource.reactive.url=mysql://127.0.0.1:3306/test\n";

    @Test
    void theBuildNamesTheDatabaseAndTheWayOut() throws Exception {
        SampleProject maria = SampleProject.copy("mariadb",
                "<dependency><groupId>io.quarkus</groupId><artifactId>quarkus-reactive-mysql-client</artifactId></dependency>", PROPERTIES);
        MavenRun build = maria.mvn("package", "-DskipTests");
        assertFalse(build.succeeded(), build::describe);
        assertTrue(build.stdout().contains("The default datasource uses a database Retort does not migrate"
                + " (quarkus.datasource.db-kind=mariadb); Retort migrates postgresql, sqlite"), build::describe);
        assertTrue(build.stdout().contains("quarkus.retort.database=sqlite"), build::describe);
        assertFalse(Files.exists(maria.dir.resolve("app.db")), build::describe);

        MavenRun goal = maria.mvn("retort:current");
        assertFalse(goal.succeeded(), goal::describe);
        assertTrue(goal.stdout().contains("quarkus.datasource.db-kind=mariadb"), goal::describe);
        assertFalse(Files.exists(maria.dir.resolve("app.db")), goal::describe);
    }
}
