package io.retort.it.processes;

import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.bench.BenchRevisions;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.testing.ApplicationProcess;
import io.retort.testing.PostgresTestDatabase;
import io.retort.testing.TestDatabase;
import io.retort.testing.VertxSuite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What every fault test checks at the end: the database at head, each revision applied once, the schema as replayed. */
abstract class ProcessSuite extends VertxSuite {

    static final int REVISIONS = 300;
    static final String HEAD = String.format("b%04d", REVISIONS);

    /** The packaged 300-revision application started against {@code db}, with extra settings. */
    static ApplicationProcess start(PostgresTestDatabase db, String... settings) throws IOException {
        List<String> properties = new ArrayList<>(List.of("quarkus.datasource.reactive.url=" + db.location(),
                "quarkus.datasource.username=" + PostgresTestDatabase.user()));
        properties.addAll(List.of(settings));
        return ApplicationProcess.start(Path.of(System.getProperty("retort.application")), properties);
    }

    static Retort retort(TestDatabase db) {
        return Retort.of(BenchRevisions.generate(REVISIONS), new PostgresDialect(), db.pool(), RetortOptions.defaults());
    }

    static void assertAtHeadEachRevisionOnce(TestDatabase db, String context) {
        Retort retort = retort(db);
        assertEquals(Set.of(HEAD), retort.current().await().indefinitely(), context);
        assertEquals(REVISIONS, count(db, "SELECT COUNT(*) FROM retort_history WHERE direction = 'upgrade'"),
                "each revision recorded once, " + context);
        assertEquals(REVISIONS, count(db, "SELECT COUNT(DISTINCT revision) FROM retort_history WHERE direction = 'upgrade'"),
                context);
        PostgresDialect dialect = new PostgresDialect();
        assertSameSchema(dialect.canonical(retort.chain().schemaAt(Set.of(HEAD))),
                dialect.canonical(retort.introspect().await().indefinitely()), context);
    }
}
