package io.retort.it.goals;

import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The goals on PostgreSQL: the reactive client and a URL in application.properties, a database of its own. */
class GoalsOnPostgresTest extends GoalsScenario {

    private static Vertx vertx;
    private static PostgresTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        vertx = Vertx.vertx();
        database = PostgresTestDatabase.create(vertx);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
        vertx.closeAndAwait();
    }

    @Override
    String extraDependencies() {
        return "<dependency><groupId>io.quarkus</groupId><artifactId>quarkus-reactive-pg-client</artifactId></dependency>";
    }

    @Override
    String properties() {
        var options = PostgresTestDatabase.options(database.name());
        return "quarkus.datasource.db-kind=postgresql\n"
                + "quarkus.datasource.username=" + options.getUser() + "\n"
                + "quarkus.datasource.reactive.url=postgresql://" + options.getHost() + ":" + options.getPort() + "/" + database.name() + "\n";
    }
}
