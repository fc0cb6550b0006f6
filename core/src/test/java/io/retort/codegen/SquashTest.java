package io.retort.codegen;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.engine.DatabaseAheadException;
import io.retort.engine.GeneratedChain;
import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.engine.RevisionChain;
import io.retort.engine.RevisionDefinitionException;
import io.retort.engine.Revisions;
import io.retort.schema.Schema;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import io.retort.testing.VertxSuite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A squash as a user gets it: written as source, compiled, and deployed next to the revisions it
 * replaces, then without them. Every database, whatever it had applied, ends at the same schema and
 * rows; one stopped partway with the replaced revisions deleted is refused, naming the squash.
 */
class SquashTest extends VertxSuite {

    private static final LoadedRevision R1 = GeneratedChain.revision("r1", null, "items", op -> op.createTable("items", t -> t
            .column("id", integer(), primaryKey()).column("name", string(40))), op -> op.dropTable("items"));
    private static final LoadedRevision R2 = GeneratedChain.revision("r2", "r1", "note and index", op -> {
        op.addColumn("items", "note", string(200));
        op.createIndex("ix_items_name", "items", "name");
    }, op -> {
        op.dropIndex("ix_items_name", "items");
        op.dropColumn("items", "note");
    });
    private static final LoadedRevision R3 = GeneratedChain.revision("r3", "r2", "seed", op -> op.execute(
            "INSERT INTO items (id, name, note) VALUES (1, 'seed', 'from r3')"), op -> op.execute("DELETE FROM items WHERE id = 1"));
    private static final LoadedRevision R4 = GeneratedChain.revision("r4", "r3", "price", op -> op.addColumn("items", "price", integer()),
            op -> op.dropColumn("items", "price"));
    private static final LoadedRevision C5 = GeneratedChain.revision("c5", "r4", "tags", op -> op.createTable("tags", t -> t
            .column("id", integer(), primaryKey())), op -> op.dropTable("tags"));
    private static final List<LoadedRevision> REPLACED = List.of(R1, R2, R3, R4);

    /** The squash of r1..r4, written on {@code backend}'s dialect and compiled. */
    private static LoadedRevision squash(Backend backend, List<String> sources) throws Exception {
        GeneratedRevisionSpec spec = SquashedRevisions.spec(RevisionChain.of(withChild(REPLACED), backend.dialect()), "r1", "r4",
                "com.example.migrations", null, Instant.parse("2026-12-06T10:00:00Z"));
        RevisionSource source = new RevisionWriter().write(spec);
        sources.add(source.source());
        return Revisions.fromClass(InMemoryJava.compile(source));
    }

    private static List<LoadedRevision> withChild(List<LoadedRevision> revisions) {
        List<LoadedRevision> all = new ArrayList<>(revisions);
        all.add(C5);
        return all;
    }

    @Test
    void theSourceFoldsWhatOnlyCreatesAndCarriesRawSqlInOrder() throws Exception {
        List<String> sources = new ArrayList<>();
        squash(Backend.POSTGRESQL, sources);
        String source = sources.get(0);
        assertTrue(source.contains("parent = {}") || !source.contains("parent ="), source);
        assertTrue(source.replaceAll("\\s+", " ").contains("replaces = {\"r1\", \"r2\", \"r3\", \"r4\"}"), source);
        assertTrue(source.contains("message = \"squash r1..r4 (4 revisions)\""), source);
        int create = source.indexOf("op.createTable(\"items\"");
        int seed = source.indexOf("op.execute(\"INSERT INTO items");
        int price = source.indexOf("op.addColumn(\"items\", \"price\"");
        assertTrue(create >= 0 && create < seed && seed < price, "created, seeded, then the later column:\n" + source);
        assertTrue(!source.contains("op.addColumn(\"items\", \"note\""), "the note column is folded into the created table:\n" + source);
        assertTrue(source.indexOf("op.dropColumn(\"items\", \"price\")") < source.indexOf("op.execute(\"DELETE FROM items WHERE id = 1\")")
                && source.indexOf("op.execute(\"DELETE FROM items WHERE id = 1\")") < source.indexOf("op.dropTable(\"items\")"), source);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyDatabaseEndsTheSameWhateverItHadApplied(Backend backend) throws Exception {
        LoadedRevision squash = squash(backend, new ArrayList<>());
        List<LoadedRevision> withReplaced = new ArrayList<>(REPLACED);
        withReplaced.add(squash);
        withReplaced.add(C5);
        List<LoadedRevision> replacedDeleted = List.of(squash, C5);
        RetortOptions options = RetortOptions.defaults();
        try (TestDatabase fresh = backend.open(vertx); TestDatabase partway = backend.open(vertx); TestDatabase deployed = backend.open(vertx)) {
            Retort.of(replacedDeleted, backend.dialect(), fresh.pool(), options).upgrade("head").await().indefinitely();

            Retort.of(REPLACED, backend.dialect(), partway.pool(), options).upgrade("r2").await().indefinitely();
            Retort.of(withReplaced, backend.dialect(), partway.pool(), options).upgrade("head").await().indefinitely();

            Retort.of(REPLACED, backend.dialect(), deployed.pool(), options).upgrade("head").await().indefinitely();
            Retort afterDeletion = Retort.of(replacedDeleted, backend.dialect(), deployed.pool(), options);
            assertEquals(Set.of(squash.id()), afterDeletion.current().await().indefinitely(), "r4 stands for the squash");
            assertEquals(List.of("c5"), afterDeletion.upgrade("head").await().indefinitely().steps().stream().map(s -> s.revision()).toList());

            Schema expected = Retort.of(replacedDeleted, backend.dialect(), fresh.pool(), options).introspect().await().indefinitely();
            for (TestDatabase db : List.of(partway, deployed)) {
                Retort retort = Retort.of(replacedDeleted, backend.dialect(), db.pool(), options);
                assertEquals(Set.of("c5"), retort.current().await().indefinitely());
                assertEquals(expected, retort.introspect().await().indefinitely());
                assertEquals(1, count(db, "SELECT COUNT(*) FROM items WHERE note = 'from r3'"));
            }
            assertEquals(1, count(fresh, "SELECT COUNT(*) FROM items WHERE note = 'from r3'"));
            assertEquals(0, count(fresh, "SELECT COUNT(*) FROM retort_history WHERE revision = 'r1'"), "a new database applied the squash");
            assertEquals(1, count(partway, "SELECT COUNT(*) FROM retort_history WHERE revision = 'r3'"), "partway went on through r3");

            Retort down = Retort.of(replacedDeleted, backend.dialect(), fresh.pool(), options);
            down.downgrade("base").await().indefinitely();
            assertEquals(Schema.EMPTY, down.introspect().await().indefinitely());
            down.upgrade("head").await().indefinitely();
            assertEquals(expected, down.introspect().await().indefinitely(), "up again after down to base");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"POSTGRESQL", "SQLITE"})
    void aDatabasePartwayIsRefusedOnceTheReplacedRevisionsAreDeleted(Backend backend) throws Exception {
        LoadedRevision squash = squash(backend, new ArrayList<>());
        try (TestDatabase db = backend.open(vertx)) {
            Retort.of(REPLACED, backend.dialect(), db.pool(), RetortOptions.defaults()).upgrade("r2").await().indefinitely();
            Retort deleted = Retort.of(List.of(squash, C5), backend.dialect(), db.pool(), RetortOptions.defaults());
            DatabaseAheadException refused = assertThrows(DatabaseAheadException.class, () -> deleted.upgrade("head").await().indefinitely());
            assertTrue(refused.getMessage().contains("partway through the revisions squashed into " + squash.id())
                    && refused.getMessage().contains("Nothing was changed"), refused.getMessage());
            assertEquals(Set.of("r2"), Retort.of(REPLACED, backend.dialect(), db.pool(), RetortOptions.defaults()).current()
                    .await().indefinitely());
        }
    }

    @Test
    void aLongSquashIsWrittenInPartsThatCompile() throws Exception {
        List<LoadedRevision> chain = new ArrayList<>(List.of(R1));
        for (int i = 2; i <= 250; i++) {
            int n = i;
            chain.add(GeneratedChain.revision("n" + i, i == 2 ? "r1" : "n" + (i - 1), "seed " + i,
                    op -> op.execute("INSERT INTO items (id, name) VALUES (" + n + ", 'n" + n + "')"),
                    op -> op.execute("DELETE FROM items WHERE id = " + n)));
        }
        GeneratedRevisionSpec spec = SquashedRevisions.spec(RevisionChain.of(chain, Backend.POSTGRESQL.dialect()), null, null,
                "com.example.migrations", null, Instant.EPOCH);
        RevisionSource source = new RevisionWriter().write(spec);
        assertTrue(source.source().contains("upgrade3(op);") && source.source().contains("private static void downgrade3(Ops op)"),
                source.source().substring(0, 2000));
        LoadedRevision squash = Revisions.fromClass(InMemoryJava.compile(source));
        assertEquals(250, squash.node().replaces().size());
        assertEquals(spec.upgrade().size(), RevisionChain.of(List.of(squash), Backend.POSTGRESQL.dialect())
                .operations(squash.id(), io.retort.revision.Direction.UPGRADE).size());
    }

    @Test
    void rawSqlOutsideATransactionCannotBeCarried() {
        LoadedRevision vacuum = GeneratedChain.revision("r5", "r4", "vacuum", op -> op.execute("VACUUM items"), op -> { }, false);
        List<LoadedRevision> chain = new ArrayList<>(REPLACED);
        chain.add(vacuum);
        RevisionDefinitionException refused = assertThrows(RevisionDefinitionException.class, () -> SquashedRevisions.spec(
                RevisionChain.of(chain, Backend.POSTGRESQL.dialect()), "r1", "r5", "", null, Instant.EPOCH));
        assertTrue(refused.getMessage().contains("Revision r5 (vacuum)") && refused.getMessage().contains("outside a transaction"),
                refused.getMessage());
    }

    @Test
    void aRunMustBeOneLine() {
        LoadedRevision side = GeneratedChain.revision("s3", "r2", "side", op -> { }, op -> { });
        List<LoadedRevision> chain = new ArrayList<>(REPLACED);
        chain.add(side);
        RevisionDefinitionException refused = assertThrows(RevisionDefinitionException.class, () -> SquashedRevisions.spec(
                RevisionChain.of(chain, Backend.POSTGRESQL.dialect()), "r1", "r4", "", null, Instant.EPOCH));
        assertTrue(refused.getMessage().contains("revision r2 (note and index) is a branch point"), refused.getMessage());
    }
}
