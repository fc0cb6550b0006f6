package io.retort.it.goals;

import io.retort.testing.MariaDbTestDatabase;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The goals on MariaDB: the reactive MySQL client, db-kind=mariadb, a mysql:// URL and the server's
 * version in application.properties, a database of its own.
 */
class GoalsOnMariaDbTest extends GoalsScenario {

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

    @Override
    String extraDependencies() {
        return "<dependency><groupId>io.quarkus</groupId><artifactId>quarkus-reactive-mysql-client</artifactId></dependency>";
    }

    @Override
    String properties() {
        var options = MariaDbTestDatabase.options(database.name());
        return "quarkus.datasource.db-kind=mariadb\n"
                + "quarkus.datasource.db-version=10.11\n"
                + "quarkus.datasource.username=" + options.getUser() + "\n"
                + "quarkus.datasource.reactive.url=mysql://" + options.getHost() + ":" + options.getPort() + "/" + database.name() + "\n";
    }
}
