package io.retort.model;

import static io.retort.testing.SchemaAssertions.assertSameSchemaIgnoringColumnOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.diff.DiffResult;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.engine.LoadedRevision;
import io.retort.engine.ModelDriftException;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.operation.Operation;
import io.retort.revision.RevisionNode;
import io.retort.schema.Schema;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Autogenerate on PostgreSQL: from an empty database to the entities, Hibernate validates, a second
 * autogenerate finds nothing; then a changed model gives exactly its changes, and the downgrade
 * returns to the previous schema. The DB-free check catches the change before any revision covers it.
 */
class AutogenerateOnPostgresTest {

    static final List<Class<?>> V2 = List.of(io.retort.model.shopv2.Customer.class, io.retort.model.shopv2.Product.class,
            io.retort.model.shopv2.Purchase.class, io.retort.model.shopv2.Payment.class, io.retort.model.shopv2.CardPayment.class,
            io.retort.model.shopv2.BankPayment.class, io.retort.model.shopv2.Review.class);

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
    void fromEntitiesToAValidatedSchemaAndBack() {
        PostgresDialect dialect = new PostgresDialect();
        Schema v1 = new HibernateModelReader().read(HibernateModelReaderTest.SHOP).schema();
        Schema v2 = new HibernateModelReader().read(V2).schema();
        try (PostgresTestDatabase db = PostgresTestDatabase.create(vertx)) {
            List<LoadedRevision> revisions = new ArrayList<>();
            Retort empty = Retort.of(revisions, dialect, db.pool(), RetortOptions.defaults());

            DiffResult first = empty.autogenerate(v1).await().indefinitely();
            revisions.add(revision("v1", null, first, Schema.EMPTY));
            Retort atV1 = Retort.of(revisions, dialect, db.pool(), RetortOptions.defaults());
            atV1.upgrade("head").await().indefinitely();
            HibernateBoot.run(db.name(), HibernateModelReaderTest.SHOP, "validate");
            assertTrue(atV1.autogenerate(v1).await().indefinitely().isEmpty(), "a second autogenerate finds no changes");
            atV1.check(v1);

            ModelDriftException drift = assertThrows(ModelDriftException.class, () -> atV1.check(v2));
            assertTrue(drift.getMessage().contains("create table reviews"), drift.getMessage());

            DiffResult second = atV1.autogenerate(v2).await().indefinitely();
            assertEquals(List.of(
                    "create table reviews",
                    "add column customers.nickname string(40)",
                    "alter column customers.name type string(150)",
                    "drop column customers.birthdate",
                    "alter column products.title NULL",
                    "create index ix_products_title on products"),
                    second.describe().stream().map(AutogenerateOnPostgresTest::gist).toList());
            Schema beforeV2 = atV1.introspect().await().indefinitely();
            revisions.add(revision("v2", "v1", second, atV1.chain().schemaAt(Set.of("v1"))));
            Retort atV2 = Retort.of(revisions, dialect, db.pool(), RetortOptions.defaults());
            atV2.upgrade("head").await().indefinitely();
            HibernateBoot.run(db.name(), V2, "validate");
            assertTrue(atV2.autogenerate(v2).await().indefinitely().isEmpty(), "the changes are all applied");

            atV2.downgrade("-1").await().indefinitely();
            // PostgreSQL adds a column back at the end of its table: the order is the only difference.
            assertSameSchemaIgnoringColumnOrder(dialect.canonical(beforeV2), dialect.canonical(atV2.introspect().await().indefinitely()),
                    "the downgrade returns to v1");
            HibernateBoot.run(db.name(), HibernateModelReaderTest.SHOP, "validate");
        }
    }

    /** The first words of a change line, enough to tell which change it is. */
    private static String gist(String line) {
        return line.replaceAll(" \\(.*$", "").replaceAll(" NOT NULL.*$", "").replaceAll(", .*$", "");
    }

    /** A revision carrying the diff's operations, and the exact undo as its downgrade. */
    static LoadedRevision revision(String id, String parent, DiffResult diff, Schema before) {
        List<Operation> up = diff.upgrade();
        List<Operation> down = diff.downgrade(before);
        Migration migration = new Migration() {
            @Override
            public void upgrade(Ops op) {
                up.forEach(op::add);
            }

            @Override
            public void downgrade(Ops op) {
                down.forEach(op::add);
            }
        };
        RevisionNode node = parent == null ? RevisionNode.of(id) : RevisionNode.of(id, parent);
        return new LoadedRevision(node, () -> migration, true);
    }
}
