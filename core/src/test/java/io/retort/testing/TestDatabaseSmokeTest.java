package io.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TestDatabaseSmokeTest {

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void postgresScratchDatabaseAnswers() {
        try (TestDatabase db = PostgresTestDatabase.create(vertx)) {
            Row row = db.pool().query("SELECT 40 + 2 AS answer").execute().await().indefinitely().iterator().next();
            assertEquals(42, row.getInteger("answer"));
        }
    }

    @Test
    void sqliteScratchFileAnswers() {
        try (TestDatabase db = SqliteTestDatabase.create(vertx)) {
            db.pool().query("CREATE TABLE t (x INTEGER)").execute().await().indefinitely();
            db.pool().query("INSERT INTO t VALUES (42)").execute().await().indefinitely();
            Row row = db.pool().query("SELECT x FROM t").execute().await().indefinitely().iterator().next();
            assertEquals(42, row.getInteger("x"));
        }
    }
}
