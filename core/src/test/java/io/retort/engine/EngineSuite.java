package io.retort.engine;

import io.retort.testing.TestDatabase;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A Vert.x per test class, shared by the scenarios that run on every {@link io.retort.testing.Backend}. */
abstract class EngineSuite {

    static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.closeAndAwait();
    }

    static long count(TestDatabase db, String sql) {
        return ((Number) db.pool().query(sql).execute().await().indefinitely().iterator().next().getValue(0)).longValue();
    }
}
