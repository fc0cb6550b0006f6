package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.codegen.GeneratedRevisionSpec;
import io.retort.codegen.SquashedRevisions;
import io.retort.codegen.WrittenOperation;
import io.retort.dialect.Dialect;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.revision.RevisionNode;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random chains squashed whole, on PostgreSQL, SQLite and MariaDB: a database upgraded through the
 * squash and one upgraded partway through the chain and then to head with the squash in the code
 * introspect identically (compared exactly, not in canonical form) and hold the same rows; the
 * latter then follows the squash alone (the replaced revisions deleted), and both downgrade to base.
 */
class SquashedChainsTest extends EngineSuite {

    private static final int CHAINS = 20;

    @Test
    void squashedChainsBuildTheSameDatabaseAsTheChain() {
        int squashed = 0;
        List<String> refused = new ArrayList<>();
        for (Backend backend : List.of(Backend.POSTGRESQL, Backend.SQLITE, Backend.MARIADB)) {
            try (TestDatabase viaChain = backend.open(vertx); TestDatabase viaSquash = backend.open(vertx)) {
                for (long seed = 1; seed <= CHAINS; seed++) {
                    RandomChain.Generated chain = RandomChain.generate(seed, 6, 3, true);
                    try {
                        if (run(backend, chain, viaChain, viaSquash)) {
                            squashed++;
                        } else {
                            refused.add(backend + " seed " + seed);
                        }
                    } catch (AssertionError | RuntimeException e) {
                        throw new AssertionError(backend + ", seed " + seed + ": " + e.getMessage() + "\nThe chain:\n  "
                                + String.join("\n  ", chain.described()), e);
                    } finally {
                        SideBySide.reset(backend, viaChain);
                        SideBySide.reset(backend, viaSquash);
                    }
                }
            }
        }
        System.out.println("Squashed random chains: " + squashed + " compared, refused: " + refused);
        assertTrue(squashed >= CHAINS * 2, "most chains can be squashed: refused " + refused);
    }

    /** False when the squash refuses the chain (raw SQL in a revision that runs outside a transaction). */
    private boolean run(Backend backend, RandomChain.Generated generated, TestDatabase viaChain, TestDatabase viaSquash) {
        Dialect dialect = backend.dialect();
        List<LoadedRevision> chain = generated.revisions();
        GeneratedRevisionSpec spec;
        try {
            spec = SquashedRevisions.spec(RevisionChain.of(chain, dialect), null, null, "", null, Instant.EPOCH);
        } catch (RevisionDefinitionException e) {
            assertTrue(e.getMessage().contains("outside a transaction"), e.getMessage());
            return false;
        }
        LoadedRevision squash = revision(spec);
        List<LoadedRevision> both = new ArrayList<>(chain);
        both.add(squash);
        RetortOptions options = RetortOptions.defaults();

        String middle = chain.get(chain.size() / 2 - 1).id();
        Retort.of(chain, dialect, viaChain.pool(), options).upgrade(middle).await().indefinitely();
        Retort withBoth = Retort.of(both, dialect, viaChain.pool(), options);
        assertEquals(chain.subList(chain.size() / 2, chain.size()).stream().map(LoadedRevision::id).toList(),
                withBoth.status().await().indefinitely().pending(), "partway: the rest of the chain is pending, not the squash");
        withBoth.upgrade("head").await().indefinitely();
        assertEquals(Set.of(spec.id()), withBoth.current().await().indefinitely(), "the finished chain is at the squash");

        Retort alone = Retort.of(List.of(squash), dialect, viaSquash.pool(), options);
        MigrationResult applied = alone.upgrade("head").await().indefinitely();
        assertEquals(List.of(spec.id()), applied.steps().stream().map(AppliedStep::revision).toList());

        Schema throughSquash = alone.introspect().await().indefinitely();
        Schema throughChain = withBoth.introspect().await().indefinitely();
        assertEquals(throughChain, throughSquash, "introspected after the chain and after the squash");
        for (Table table : throughChain.tables().values()) {
            assertEquals(SideBySide.rows(backend, viaChain, table), SideBySide.rows(backend, viaSquash, table), "rows of " + table.name());
        }

        Retort chainDeleted = Retort.of(List.of(squash), dialect, viaChain.pool(), options);
        assertEquals(List.of(), chainDeleted.status().await().indefinitely().pending());
        assertEquals(List.of(), chainDeleted.upgrade("head").await().indefinitely().steps());
        chainDeleted.downgrade("base").await().indefinitely();
        alone.downgrade("base").await().indefinitely();
        assertEquals(Schema.EMPTY, chainDeleted.introspect().await().indefinitely(), "the chain's database downgraded through the squash");
        assertEquals(Schema.EMPTY, alone.introspect().await().indefinitely(), "the squash's database downgraded");
        return true;
    }

    /** The squash as the engine loads it: the spec's node, and a class that records the spec's operations. */
    static LoadedRevision revision(GeneratedRevisionSpec spec) {
        RevisionNode node = new RevisionNode(spec.id(), spec.parents(), spec.dependsOn(), new LinkedHashSet<>(spec.branchLabels()),
                spec.message(), "squash " + spec.id(), spec.replaces());
        Migration migration = new Migration() {
            @Override
            public void upgrade(Ops op) {
                spec.upgrade().stream().map(WrittenOperation::operation).forEach(op::add);
            }

            @Override
            public void downgrade(Ops op) {
                spec.downgrade().stream().map(WrittenOperation::operation).forEach(op::add);
            }
        };
        return new LoadedRevision(node, () -> migration, spec.transactional());
    }
}
