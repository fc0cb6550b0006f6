package io.retort.lint;

import static io.retort.migration.ColumnOptions.identity;
import static io.retort.migration.ColumnOptions.notNull;
import static io.retort.migration.ColumnOptions.primaryKey;
import static io.retort.migration.ColumnOptions.references;
import static io.retort.migration.ColumnOptions.serverDefault;
import static io.retort.migration.ColumnTypes.bigint;
import static io.retort.migration.ColumnTypes.integer;
import static io.retort.migration.ColumnTypes.raw;
import static io.retort.migration.ColumnTypes.string;
import static io.retort.migration.ColumnTypes.text;
import static io.retort.migration.ColumnTypes.timestamp;
import static io.retort.migration.ColumnTypes.timestampTz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.dialect.postgres.PostgresDialect;
import io.retort.dialect.sqlite.SqliteDialect;
import io.retort.engine.GeneratedChain;
import io.retort.engine.LoadedRevision;
import io.retort.engine.RevisionChain;
import io.retort.engine.Revisions;
import io.retort.migration.Allow;
import io.retort.migration.Migration;
import io.retort.migration.Ops;
import io.retort.migration.Revision;
import io.retort.schema.Column;
import io.retort.schema.ColumnType;
import io.retort.schema.Schema;
import io.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every rule once where it fires and once where the safe form (or the same change on a table the
 * revision creates itself) stays silent. The revision under test follows a base that creates
 * {@code authors} and {@code books}, so those tables "exist" in the sense of the rules.
 */
class LintRulesTest {

    private static final Consumer<Ops> BASE = op -> {
        op.createTable("authors", t -> t.column("id", bigint(), primaryKey()).column("name", string(100)));
        op.createTable("books", t -> t.column("id", bigint(), primaryKey()).column("title", string(200))
                .column("pages", integer()).column("author_id", bigint()));
    };

    private static List<String> rulesFired(Consumer<Ops> upgrade) {
        return rulesFired(upgrade, true, Optional.empty());
    }

    private static List<String> rulesFired(Consumer<Ops> upgrade, boolean transactional, Optional<Schema> entities) {
        List<LoadedRevision> revisions = List.of(GeneratedChain.revision("a1", null, "base", BASE, op -> { }),
                GeneratedChain.revision("b2", "a1", "change", upgrade, op -> { }, transactional));
        LintReport report = Linter.lint(RevisionChain.of(revisions, new PostgresDialect()), List.of("b2"), entities);
        return report.findings().stream().map(f -> f.rule().id()).toList();
    }

    /** The rules that fire on the last of several revisions after the base, each transactional unless said otherwise. */
    @SafeVarargs
    private static List<String> lastFired(boolean lastTransactional, Consumer<Ops>... upgrades) {
        List<LoadedRevision> revisions = new ArrayList<>(List.of(GeneratedChain.revision("r0", null, "base", BASE, op -> { })));
        for (int i = 0; i < upgrades.length; i++) {
            boolean last = i == upgrades.length - 1;
            revisions.add(GeneratedChain.revision("r" + (i + 1), "r" + i, "step " + (i + 1), upgrades[i], op -> { }, !last || lastTransactional));
        }
        LintReport report = Linter.lint(RevisionChain.of(revisions, new PostgresDialect()), List.of("r" + upgrades.length), Optional.empty());
        return report.findings().stream().map(f -> f.rule().id()).toList();
    }

    @Test
    void safeForms() {
        assertEquals(List.of(), rulesFired(op -> op.createIndex("ix_books_title", "books", "title").concurrently(), false, Optional.empty()),
                "CREATE INDEX CONCURRENTLY in a non-transactional revision of its own");
        assertEquals(List.of(), rulesFired(op -> op.addForeignKey("fk_books_author", "books", "author_id", references("authors", "id"))
                .notValid()));
        assertEquals(List.of(), rulesFired(op -> op.addCheck("ck_books_pages", "books", "pages > 0").notValid()));
        assertEquals(List.of(), lastFired(true,
                op -> op.addForeignKey("fk_books_author", "books", "author_id", references("authors", "id")).notValid(),
                op -> op.validateConstraint("fk_books_author", "books")), "validated in a later transaction");
        assertEquals(List.of("add-foreign-key"), rulesFired(op -> {
            op.addForeignKey("fk_books_author", "books", "author_id", references("authors", "id")).notValid();
            op.validateConstraint("fk_books_author", "books");
        }), "validated in the transaction that added it: the scan runs under the ADD's lock");
        assertEquals(List.of(), lastFired(true,
                op -> op.addCheck("ck_books_title_nn", "books", "title IS NOT NULL").notValid(),
                op -> op.validateConstraint("ck_books_title_nn", "books"),
                op -> {
                    op.alterColumn("books", "title", c -> c.notNull());
                    op.dropConstraint("ck_books_title_nn", "books");
                }), "NOT NULL proven by a validated check: no scan");
        assertEquals(List.of("set-not-null"), lastFired(true,
                op -> op.addCheck("ck_books_title_nn", "books", "title IS NOT NULL").notValid(),
                op -> op.alterColumn("books", "title", c -> c.notNull())), "a check never validated proves nothing");
        List<LoadedRevision> unique = List.of(GeneratedChain.revision("r0", null, "base", BASE, op -> { }),
                GeneratedChain.revision("r1", "r0", "unique index", op -> op.createUniqueIndex("uq_books_title", "books", "title")
                        .concurrently(), op -> { }, false),
                GeneratedChain.revision("r2", "r1", "constraint", op -> op.addUnique("uq_books_title", "books", "title")
                        .usingIndex("uq_books_title"), op -> { }));
        assertEquals(List.of(), Linter.lint(RevisionChain.of(unique, new PostgresDialect()), List.of("r1", "r2"), Optional.empty())
                .findings(), "a unique index built concurrently, then taken over");
        assertEquals(List.of(), lastFired(false, op -> op.createUniqueIndex("uq_books_title", "books", "title").concurrently()));
    }

    @Test
    void aConcurrentIndexNeedsANonTransactionalRevision() {
        List<LoadedRevision> revisions = List.of(GeneratedChain.revision("a1", null, "base", BASE, op -> { }),
                GeneratedChain.revision("b2", "a1", "ix", op -> op.createIndex("ix_books_title", "books", "title").concurrently(), op -> { }));
        var error = assertThrows(io.retort.engine.RevisionDefinitionException.class,
                () -> RevisionChain.of(revisions, new PostgresDialect()).operations("b2", io.retort.revision.Direction.UPGRADE));
        assertEquals("Revision b2 (ix) [generated b2]: create index concurrently ix_books_title on books (in its upgrade()) cannot run inside a"
                + " transaction: mark the revision @Revision(transactional = false) and give it that statement alone", error.getMessage());
    }

    @Test
    void addIndex() {
        assertEquals(List.of("add-index"), rulesFired(op -> op.createIndex("ix_books_title", "books", "title")));
        assertEquals(List.of(), rulesFired(op -> {
            op.createTable("loans", t -> t.column("id", bigint(), primaryKey()).column("book_id", bigint()));
            op.createIndex("ix_loans_book", "loans", "book_id");
        }), "an index on a table created in the same revision blocks no one");
    }

    @Test
    void addForeignKey() {
        assertEquals(List.of("add-foreign-key"), rulesFired(op -> op.addForeignKey("fk_books_author", "books", "author_id",
                references("authors", "id"))));
        assertEquals(List.of(), rulesFired(op -> op.createTable("loans", t -> t.column("id", bigint(), primaryKey())
                .column("book_id", bigint(), references("books", "id")))));
    }

    @Test
    void addCheck() {
        assertEquals(List.of("add-check"), rulesFired(op -> op.addCheck("ck_books_pages", "books", "pages > 0")));
        assertEquals(List.of(), rulesFired(op -> {
            op.createTable("loans", t -> t.column("id", bigint(), primaryKey()).column("days", integer()));
            op.addCheck("ck_loans_days", "loans", "days > 0");
        }));
    }

    @Test
    void setNotNull() {
        assertEquals(List.of("set-not-null"), rulesFired(op -> op.alterColumn("books", "title", c -> c.notNull())));
        assertEquals(List.of("add-check"), rulesFired(op -> {
            op.addCheck("ck_books_title_nn", "books", "title IS NOT NULL");
            op.alterColumn("books", "title", c -> c.notNull());
        }), "a check proving the column is never null spares the scan (the check itself is the add-check finding)");
        assertEquals(List.of(), rulesFired(op -> {
            op.addColumn("books", "isbn", string(13));
            op.alterColumn("books", "isbn", c -> c.notNull());
        }), "a column the revision added has no rows of its own to check");
    }

    @Test
    void volatileDefault() {
        assertEquals(List.of("volatile-default"), rulesFired(op -> op.addColumn("books", "token", raw("uuid"),
                serverDefault("gen_random_uuid()"))));
        assertEquals(List.of("volatile-default"), rulesFired(op -> op.addColumn("books", "seq", bigint(), identity())));
        assertEquals(List.of(), rulesFired(op -> op.addColumn("books", "added_at", timestampTz(), serverDefault("now()"))),
                "now() is stable: PostgreSQL evaluates it once and stores it in the catalog, no rewrite");
        assertEquals(List.of(), rulesFired(op -> op.addColumn("books", "status", string(10), notNull(), serverDefault("'new'"))));
    }

    @Test
    void typeChange() {
        assertEquals(List.of("type-change"), rulesFired(op -> op.alterColumn("books", "pages", c -> c.type(bigint()))));
        assertEquals(List.of("type-change"), rulesFired(op -> op.alterColumn("books", "title", c -> c.type(string(100)))),
                "a shorter varchar is checked and rewritten");
        assertEquals(List.of(), rulesFired(op -> op.alterColumn("books", "title", c -> c.type(string(300)))));
        assertEquals(List.of(), rulesFired(op -> op.alterColumn("books", "title", c -> c.type(text()))));
    }

    @Test
    void renames() {
        assertEquals(List.of("rename-column"), rulesFired(op -> op.renameColumn("books", "title", "name")));
        assertEquals(List.of("rename-table"), rulesFired(op -> op.renameTable("books", "volumes")));
        assertEquals(List.of(), rulesFired(op -> {
            op.createTable("loans", t -> t.column("id", bigint(), primaryKey()).column("days", integer()));
            op.renameColumn("loans", "days", "length_days");
            op.renameTable("loans", "borrowings");
        }));
    }

    @Test
    void dropMappedColumn() {
        Schema entities = Schema.of(List.of(Table.of("books", List.of(Column.of("id", ColumnType.of(ColumnType.Kind.BIGINT)),
                Column.of("pages", ColumnType.of(ColumnType.Kind.INTEGER))))), List.of());
        assertEquals(List.of("drop-mapped-column"), rulesFired(op -> op.dropColumn("books", "pages"), true, Optional.of(entities)));
        assertEquals(List.of(), rulesFired(op -> op.dropColumn("books", "title"), true, Optional.of(entities)),
                "a column no entity maps any more");
    }

    @Test
    void uniqueAndPrimaryKey() {
        assertEquals(List.of("add-unique-constraint"), rulesFired(op -> op.addUnique("uq_books_title", "books", "title")));
        assertEquals(List.of("add-primary-key"), primaryKeyOnAnEarlierTable());
        assertEquals(List.of(), rulesFired(op -> {
            op.createTable("tags", t -> t.column("name", string(50), notNull()));
            op.addPrimaryKey("pk_tags", "tags", "name");
            op.addUnique("uq_tags_name", "tags", "name");
        }));
    }

    @Test
    void primaryKeyUsingAnIndex() {
        List<LoadedRevision> revisions = List.of(
                GeneratedChain.revision("a1", null, "tags", op -> {
                    op.createTable("tags", t -> t.column("name", string(50), notNull()));
                    op.createTable("labels", t -> t.column("name", string(50)));
                }, op -> { }),
                GeneratedChain.revision("b2", "a1", "indexes", op -> {
                    op.createUniqueIndex("pk_tags", "tags", "name").concurrently();
                }, op -> { }, false),
                GeneratedChain.revision("c3", "b2", "index", op -> op.createUniqueIndex("pk_labels", "labels", "name").concurrently(),
                        op -> { }, false),
                GeneratedChain.revision("d4", "c3", "keys", op -> {
                    op.addPrimaryKey("pk_tags", "tags", "name").usingIndex("pk_tags");
                    op.addPrimaryKey("pk_labels", "labels", "name").usingIndex("pk_labels");
                }, op -> { }));
        List<Finding> findings = Linter.lint(RevisionChain.of(revisions, new PostgresDialect()), List.of("b2", "c3", "d4"), Optional.empty())
                .findings();
        assertEquals(List.of("add-primary-key"), findings.stream().map(f -> f.rule().id()).toList(),
                "only labels.name may hold nulls: taking over its index still scans");
        assertTrue(findings.get(0).detail().startsWith("name may hold nulls"), findings.get(0).detail());
        assertTrue(findings.get(0).operation().contains("pk_labels"), findings.get(0).operation());
    }

    /** A primary key added to a table an earlier revision created. */
    private static List<String> primaryKeyOnAnEarlierTable() {
        List<LoadedRevision> revisions = List.of(GeneratedChain.revision("a1", null, "base", op -> op.createTable("tags",
                t -> t.column("name", string(50), notNull())), op -> { }),
                GeneratedChain.revision("b2", "a1", "pk", op -> op.addPrimaryKey("pk_tags", "tags", "name"), op -> { }));
        return Linter.lint(RevisionChain.of(revisions, new PostgresDialect()), List.of("b2"), Optional.empty()).findings().stream()
                .map(f -> f.rule().id()).toList();
    }

    @Test
    void columnTypes() {
        assertEquals(List.of("serial-column", "char-column", "timestamp-without-time-zone"), rulesFired(op -> op.createTable("loans",
                t -> t.column("id", raw("bigserial"), primaryKey()).column("code", raw("char(3)")).column("due", timestamp()))));
        assertEquals(List.of(), rulesFired(op -> op.createTable("loans", t -> t.column("id", bigint(), primaryKey(), identity())
                .column("code", string(3)).column("due", timestampTz()))));
    }

    @Test
    void nonTransactionalMix() {
        assertEquals(List.of("non-transactional-mix", "lock-timeout"), rulesFired(op -> {
            op.execute("CREATE INDEX CONCURRENTLY ix_books_title ON books (title)");
            op.execute("UPDATE books SET pages = 0 WHERE pages IS NULL");
        }, false, Optional.empty()), "the UPDATE runs outside the transaction, without a lock timeout");
        assertEquals(List.of(), rulesFired(op -> op.execute("CREATE INDEX CONCURRENTLY ix_books_title ON books (title)"), false,
                Optional.empty()));
    }

    @Test
    void dropIndex() {
        assertEquals(List.of("drop-index"), lastFired(true, op -> op.createIndex("ix_books_title", "books", "title"),
                op -> op.dropIndex("ix_books_title", "books")));
        assertEquals(List.of(), lastFired(false, op -> op.createIndex("ix_books_title", "books", "title"),
                op -> op.dropIndexConcurrently("ix_books_title", "books")));
    }

    @Test
    void requiredColumn() {
        assertEquals(List.of("required-column"), rulesFired(op -> op.addColumn("books", "isbn", string(13), notNull())));
        assertEquals(List.of(), rulesFired(op -> op.addColumn("books", "isbn", string(13), notNull(), serverDefault("''"))),
                "a constant default fills the rows there are, without a rewrite");
    }

    @Test
    void backfillWithDdl() {
        assertEquals(List.of("backfill-with-ddl"), rulesFired(op -> {
            op.addColumn("books", "isbn", string(13));
            op.execute("UPDATE books SET isbn = '' WHERE isbn IS NULL");
        }));
        assertEquals(List.of(), lastFired(true, op -> op.addColumn("books", "isbn", string(13)),
                op -> op.execute("UPDATE books SET isbn = '' WHERE isbn IS NULL")), "the backfill in a revision of its own");
    }

    @Test
    void lockTimeout() {
        assertEquals(List.of("lock-timeout"), rulesFired(op -> op.addColumn("books", "isbn", string(13)), false, Optional.empty()),
                "outside a transaction Retort sets no lock_timeout");
        assertEquals(List.of(), rulesFired(op -> op.addColumn("books", "isbn", string(13)), true, Optional.empty()),
                "in a transactional revision it runs under quarkus.retort.ddl.lock-timeout");
        assertEquals(List.of(), rulesFired(op -> op.execute("DROP INDEX CONCURRENTLY ix_old"), false, Optional.empty()),
                "a concurrent drop takes no lock that blocks anyone");
    }

    @Test
    void rawSqlIsListedAsNotAnalyzed() {
        List<LoadedRevision> revisions = List.of(GeneratedChain.revision("a1", null, "base", BASE, op -> { }),
                GeneratedChain.revision("b2", "a1", "raw", op -> op.execute("ALTER TABLE books ADD COLUMN x int"), op -> { }));
        LintReport report = Linter.lint(RevisionChain.of(revisions, new PostgresDialect()), List.of("b2"), Optional.empty());
        assertEquals(1, report.notAnalyzed().size(), report.lines()::toString);
        assertTrue(report.clean());
    }

    @Test
    void onlyTheChosenRevisionsAndOnlyOnPostgres() {
        List<LoadedRevision> revisions = List.of(GeneratedChain.revision("a1", null, "base", BASE, op -> { }),
                GeneratedChain.revision("b2", "a1", "ix", op -> op.createIndex("ix_books_title", "books", "title"), op -> { }));
        assertEquals(0, Linter.lint(RevisionChain.of(revisions, new PostgresDialect()), List.of("a1"), Optional.empty()).findings().size());
        assertEquals(0, Linter.lint(RevisionChain.of(revisions, new SqliteDialect()), List.of("a1", "b2"), Optional.empty()).findings().size());
    }

    @Revision(id = "c3", parent = "a1", message = "small table index", allow = @Allow(rule = "add-index", reason = "authors has 40 rows"))
    public static class AllowedIndex implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createIndex("ix_authors_name", "authors", "name");
        }

        @Override
        public void downgrade(Ops op) {
            op.dropIndex("ix_authors_name", "authors");
        }
    }

    @Revision(id = "c3", parent = "a1", message = "typo", allow = @Allow(rule = "add-indexes", reason = "small"))
    public static class UnknownRule implements Migration {
        @Override
        public void upgrade(Ops op) {
        }

        @Override
        public void downgrade(Ops op) {
        }
    }

    @Test
    void aRevisionAllowsAFindingWithItsReason() {
        List<LoadedRevision> revisions = new ArrayList<>(List.of(GeneratedChain.revision("a1", null, "base", BASE, op -> { })));
        revisions.add(Revisions.fromClass(AllowedIndex.class));
        LintReport report = Linter.lint(RevisionChain.of(revisions, new PostgresDialect()), List.of("c3"), Optional.empty());
        assertTrue(report.clean(), report.lines()::toString);
        assertEquals(1, report.allowed().size());
        assertTrue(report.allowed().get(0).describe().endsWith("allowed: authors has 40 rows"), report.allowed().get(0).describe());

        List<LoadedRevision> typo = List.of(revisions.get(0), Revisions.fromClass(UnknownRule.class));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Linter.lint(RevisionChain.of(typo, new PostgresDialect()), List.of("c3"), Optional.empty()));
        assertTrue(error.getMessage().startsWith("Revision c3 (" + UnknownRule.class.getName() + ") allows rule \"add-indexes\", which does not exist"),
                error.getMessage());
    }

    @Test
    void everyRuleIsInTheDocs() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/safety.md"));
        for (Rule rule : Rules.ALL) {
            assertTrue(docs.contains("### `" + rule.id() + "`"), "docs/safety.md has no section for " + rule.id());
        }
    }
}
