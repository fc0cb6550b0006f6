package io.retort.engine;

import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.testing.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import io.vertx.mutiny.sqlclient.Row;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The safe forms the lock rules point to, on real databases with rows: an index built CONCURRENTLY in
 * a non-transactional revision, a foreign key and a check added NOT VALID and validated in a later
 * revision, NOT NULL set through the validated check. Up, down to base, up again; after every step
 * the introspected schema is the replayed one, and on PostgreSQL the catalog says the constraints
 * were added not valid and then validated.
 */
class SafeFormsRoundTripTest extends EngineSuite {

    static List<LoadedRevision> chain() {
        return List.of(
                GeneratedChain.revision("sf01", null, "tables with rows", op -> {
                    op.createTable("authors", t -> t.column("id", bigint(), primaryKey()).column("name", string(100)));
                    op.createTable("books", t -> t.column("id", bigint(), primaryKey()).column("title", string(200))
                            .column("author_id", bigint()));
                    op.execute("INSERT INTO authors (id, name) VALUES (1, 'Le Guin'), (2, 'Lem')");
                    op.execute("INSERT INTO books (id, title, author_id) VALUES (1, 'The Dispossessed', 1), (2, 'Solaris', 2)");
                }, op -> {
                    op.dropTable("books");
                    op.dropTable("authors");
                }),
                GeneratedChain.revision("sf02", "sf01", "index titles concurrently",
                        op -> op.createIndex("ix_books_title", "books", "title").concurrently(),
                        op -> op.dropIndexConcurrently("ix_books_title", "books"), false),
                GeneratedChain.revision("sf03", "sf02", "constraints not valid", op -> {
                    op.addForeignKey("fk_books_author", "books", "author_id", references("authors", "id")).notValid();
                    op.addCheck("ck_books_title_nn", "books", "title IS NOT NULL").notValid();
                }, op -> {
                    op.dropConstraint("ck_books_title_nn", "books");
                    op.dropConstraint("fk_books_author", "books");
                }),
                GeneratedChain.revision("sf04", "sf03", "validate them", op -> {
                    op.validateConstraint("fk_books_author", "books");
                    op.validateConstraint("ck_books_title_nn", "books");
                }, op -> { }),
                GeneratedChain.revision("sf05", "sf04", "title not null", op -> {
                    op.alterColumn("books", "title", c -> c.notNull());
                    op.dropConstraint("ck_books_title_nn", "books");
                }, op -> {
                    op.addCheck("ck_books_title_nn", "books", "title IS NOT NULL");
                    op.alterColumn("books", "title", c -> c.nullable());
                }),
                GeneratedChain.revision("sf06", "sf05", "unique index concurrently",
                        op -> op.createUniqueIndex("uq_books_title", "books", "title").concurrently(),
                        op -> op.dropIndexConcurrently("uq_books_title", "books"), false),
                GeneratedChain.revision("sf07", "sf06", "unique using it",
                        op -> op.addUnique("uq_books_title", "books", "title").usingIndex("uq_books_title"), op -> {
                            op.dropConstraint("uq_books_title", "books");
                            op.createUniqueIndex("uq_books_title", "books", "title");
                        }));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void upDownUp(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            Retort retort = Retort.of(chain(), backend.dialect(), db.pool(), RetortOptions.defaults());
            for (int round = 1; round <= 2; round++) {
                for (String id : List.of("sf01", "sf02", "sf03", "sf04", "sf05", "sf06", "sf07")) {
                    retort.upgrade(id).await().indefinitely();
                    assertSameSchema(backend.dialect().canonical(retort.chain().schemaAt(Set.of(id))),
                            backend.dialect().canonical(retort.introspect().await().indefinitely()), "round " + round + ", after " + id);
                    if (backend.postgres() && id.equals("sf03")) {
                        assertEquals(List.of("ck_books_title_nn=false", "fk_books_author=false"), validity(db), "added NOT VALID");
                    }
                    if (backend.postgres() && id.equals("sf04")) {
                        assertEquals(List.of("ck_books_title_nn=true", "fk_books_author=true"), validity(db), "validated");
                    }
                }
                retort.downgrade("base").await().indefinitely();
                assertTrue(retort.introspect().await().indefinitely().tables().isEmpty(), "round " + round + ": down to base");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = "POSTGRESQL")
    void theScriptSaysWhatRuns(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            String sql = Retort.of(chain(), backend.dialect(), db.pool(), RetortOptions.defaults()).upgradeSql(Set.of(), "head");
            assertTrue(sql.contains("CREATE INDEX CONCURRENTLY \"ix_books_title\" ON \"books\" (\"title\")"), sql);
            assertTrue(sql.contains("FOREIGN KEY (\"author_id\") REFERENCES \"authors\" (\"id\") NOT VALID"), sql);
            assertTrue(sql.contains("ALTER TABLE \"books\" VALIDATE CONSTRAINT \"fk_books_author\""), sql);
            assertTrue(sql.contains("ALTER TABLE \"books\" ADD CONSTRAINT \"uq_books_title\" UNIQUE USING INDEX \"uq_books_title\""), sql);
        }
    }

    private static List<String> validity(TestDatabase db) {
        var rows = db.pool().query("SELECT conname, convalidated FROM pg_constraint WHERE conrelid = 'books'::regclass"
                + " AND contype IN ('f', 'c') ORDER BY conname").execute().await().indefinitely();
        return StreamSupport.stream(rows.spliterator(), false).map((Row row) -> row.getString(0) + "=" + row.getBoolean(1)).toList();
    }
}
