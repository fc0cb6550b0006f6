package io.retort.examples.custom;

import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.engine.Revisions;
import io.retort.examples.custom.migrations.InitialSchema;
import io.retort.schema.Schema;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The example's revisions on PostgreSQL and SQLite: upgrade, downgrade to base, upgrade; the schema is the same each time. */
class UpDownUpTest {

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSchemaIsIdenticalEachTime(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(Revisions.fromClasses(InitialSchema.class), backend.dialect(), db.pool(), RetortOptions.defaults());

            retort.upgrade("head").await().indefinitely();
            Schema first = retort.introspect().await().indefinitely();
            assertEquals(Set.of("configs", "artifacts", "config_artifacts", "tasks", "users", "orders"), first.tables().keySet());
            retort.downgrade("base").await().indefinitely();
            assertEquals(Set.of(), retort.introspect().await().indefinitely().tables().keySet());
            retort.upgrade("head").await().indefinitely();

            assertSameSchema(first, retort.introspect().await().indefinitely(), "after upgrade, downgrade to base and upgrade");
            assertSameSchema(backend.dialect().canonical(retort.chain().schemaAt(Set.of("c0ffee000001"))),
                    backend.dialect().canonical(first), "what the revision says");
        }
    }
}
