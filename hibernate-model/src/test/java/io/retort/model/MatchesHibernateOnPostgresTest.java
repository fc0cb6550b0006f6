package io.retort.model;

import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.dialect.postgres.PostgresDialect;
import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.operation.AddConstraint;
import io.retort.operation.CreateTable;
import io.retort.revision.RevisionNode;
import io.retort.schema.CheckConstraint;
import io.retort.schema.ForeignKey;
import io.retort.schema.Names;
import io.retort.schema.PrimaryKey;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import io.retort.schema.UniqueConstraint;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, the schema Retort creates from the entity model is the one Hibernate creates itself
 * (compared through introspection, constraint names aside: Hibernate's are hashes, Retort's follow
 * its convention), and Hibernate's schema validation passes on it.
 */
class MatchesHibernateOnPostgresTest {

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
    void retortsSchemaEqualsHibernatesAndValidates() {
        EntityModel model = new HibernateModelReader().read(HibernateModelReaderTest.SHOP);
        PostgresDialect dialect = new PostgresDialect();
        try (PostgresTestDatabase ours = PostgresTestDatabase.create(vertx);
                PostgresTestDatabase theirs = PostgresTestDatabase.create(vertx)) {
            Retort retort = Retort.of(List.of(revision(model.schema())), dialect, ours.pool(), RetortOptions.defaults());
            retort.upgrade("head").await().indefinitely();
            HibernateBoot.run(theirs.name(), HibernateModelReaderTest.SHOP, "create");

            Schema created = unnamed(dialect.canonical(retort.introspect().await().indefinitely()));
            Schema hibernates = unnamed(dialect.canonical(dialect.introspect(theirs.pool(), Set.of()).await().indefinitely()));
            assertSameSchema(hibernates, created, "Retort's schema against Hibernate's own");
            assertEquals(unnamed(dialect.canonical(model.schema())), created, "the model itself, as the database reports it");

            HibernateBoot.run(ours.name(), HibernateModelReaderTest.SHOP, "validate");
        }
    }

    /** One revision creating the model: tables first, then their foreign keys (any order of tables works). */
    static LoadedRevision revision(Schema schema) {
        Migration migration = new Migration() {
            @Override
            public void upgrade(Ops op) {
                schema.sequences().values().forEach(sequence -> op.add(new io.retort.operation.CreateSequence(sequence)));
                for (Table table : schema.tables().values()) {
                    op.add(new CreateTable(table.withForeignKeys(List.of())));
                }
                for (Table table : schema.tables().values()) {
                    table.foreignKeys().forEach(fk -> op.add(new AddConstraint(table.name(), fk)));
                }
            }

            @Override
            public void downgrade(Ops op) {
                throw new UnsupportedOperationException();
            }
        };
        return new LoadedRevision(RevisionNode.of("model"), () -> migration, true);
    }

    /** Constraint names replaced by conventional ones, so only structure is compared. */
    static Schema unnamed(Schema schema) {
        return Schema.of(schema.tables().values().stream().map(t -> t
                .withPrimaryKey(t.primaryKey() == null ? null : new PrimaryKey(Names.primaryKey(t.name()), t.primaryKey().columns()))
                .withUniques(t.uniques().stream().map(u -> new UniqueConstraint(Names.unique(t.name(), u.columns()), u.columns())).toList())
                .withForeignKeys(t.foreignKeys().stream().map(f -> new ForeignKey(Names.foreignKey(t.name(), f.columns(), f.referencedTable()),
                        f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete(), f.onUpdate())).toList())
                .withChecks(t.checks().stream().map(c -> new CheckConstraint("ck", c.expression())).toList()))
                .toList(), schema.sequences().values());
    }
}
