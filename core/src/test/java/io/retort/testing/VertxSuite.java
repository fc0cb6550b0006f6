package io.retort.testing;

import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A Vert.x per test class, for tests that open {@link TestDatabase}s, and a one-number query helper. */
public abstract class VertxSuite {

    protected static Vertx vertx;

    @BeforeAll
    protected static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    protected static void stopVertx() {
        vertx.closeAndAwait();
    }

    protected static long count(TestDatabase db, String sql) {
        return ((Number) db.pool().query(sql).execute().await().indefinitely().iterator().next().getValue(0)).longValue();
    }
}
