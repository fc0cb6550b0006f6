package io.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void mariaDbScratchDatabaseAnswersAndIsDroppedOnClose() {
        String name;
        try (MariaDbTestDatabase db = MariaDbTestDatabase.create(vertx)) {
            name = db.name();
            Row row = db.pool().query("SELECT 40 + 2 AS answer, DATABASE() AS db, VERSION() AS version").execute().await().indefinitely()
                    .iterator().next();
            assertEquals(42, row.getInteger("answer"));
            assertEquals(name, row.getString("db"));
            assertTrue(row.getString("version").contains("MariaDB"), row.getString("version"));
        }
        var left = io.vertx.mutiny.mysqlclient.MySQLPool.pool(vertx, MariaDbTestDatabase.options(null), new io.vertx.sqlclient.PoolOptions());
        try {
            assertEquals(0, left.query("SELECT schema_name FROM information_schema.schemata WHERE schema_name = '" + name + "'").execute()
                    .await().indefinitely().size(), "dropped on close");
        } finally {
            left.closeAndAwait();
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
