package io.retort.tables.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.model.HibernateModelReader;
import io.retort.revision.RevisionNode;
import io.retort.schema.Schema;
import io.retort.tables.ReadyMadeTables;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The helpers and the entities agree: after the helpers, autogenerate over the entities finds nothing. */
class ReadyMadeTablesTest {

    static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.closeAndAwait();
    }

    /** A revision as an application writes one, mixing the ready-made tables. */
    public static final class AdoptTables implements Migration {
        @Override
        public void upgrade(Ops op) {
            ReadyMadeTables.createConfigsTable(op);
            ReadyMadeTables.createArtifactsTable(op);
            ReadyMadeTables.createConfigArtifactsTable(op);
            ReadyMadeTables.createTasksTable(op);
        }

        @Override
        public void downgrade(Ops op) {
            ReadyMadeTables.dropTasksTable(op);
            ReadyMadeTables.dropConfigArtifactsTable(op);
            ReadyMadeTables.dropArtifactsTable(op);
            ReadyMadeTables.dropConfigsTable(op);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void helpersCreateExactlyWhatTheEntitiesMap(Backend backend) {
        Schema model = new HibernateModelReader().read(List.of(Config.class, Artifact.class, ConfigArtifact.class, Task.class)).schema();
        try (TestDatabase db = backend.open(vertx)) {
            Migration adopt = new AdoptTables();
            Retort retort = Retort.of(List.of(new LoadedRevision(RevisionNode.of("tables"), () -> adopt, true)), backend.dialect(),
                    db.pool(), RetortOptions.defaults());
            retort.upgrade("head").await().indefinitely();

            if (backend == Backend.MARIADB) {
                // The entities declare PostgreSQL column definitions (timestamp with time zone, text), which
                // Hibernate writes verbatim and MariaDB does not take: there the helpers are checked on their own.
                assertEquals(retort.chain().dialect().canonical(retort.chain().schemaAt(Set.of("tables"))),
                        retort.chain().dialect().canonical(retort.introspect().await().indefinitely()));
            } else {
                var diff = retort.autogenerate(model).await().indefinitely();
                assertTrue(diff.isEmpty(), "no changes after the helpers: " + diff.describe());
                assertTrue(retort.autogenerateOffline(model).isEmpty(), "nor against the replayed revision");
            }

            retort.downgrade("base").await().indefinitely();
            assertEquals(Set.of(), retort.introspect().await().indefinitely().tables().keySet(), "the drop helpers remove them all");
        }
    }
}
