package io.retort.it.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.MavenRun;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * {@code retort:lint} as a user types it, no database needed: a revision indexing a table an earlier
 * one created is a warning naming the rule, the JSON report has it, the drop of a column the entity
 * still maps is seen through the entity model, and {@code -Dquarkus.retort.lint.fail=true} fails the
 * goal with the command that moves on.
 */
class LintGoalTest {

    private static final String CREATE = """
            package com.example.shop.migrations;

            import static io.retort.migration.ColumnOptions.*;
            import static io.retort.migration.ColumnTypes.*;

            import io.retort.migration.*;

            @Revision(id = "a10000000001", message = "create books")
            public class CreateBooks implements Migration {
                public void upgrade(Ops op) {
                    op.createTable("books", t -> t.column("id", bigint(), primaryKey(), identity())
                            .column("title", string(200), notNull()).column("pages", integer()).column("isbn", string(13)));
                }

                public void downgrade(Ops op) {
                    op.dropTable("books");
                }
            }
            """;

    private static final String CHANGE = """
            package com.example.shop.migrations;

            import io.retort.migration.*;

            @Revision(id = "a10000000002", parent = "a10000000001", message = "index titles, drop pages and isbn")
            public class IndexTitles implements Migration {
                public void upgrade(Ops op) {
                    op.createIndex("ix_books_title", "books", "title");
                    op.dropColumn("books", "pages");
                    op.dropColumn("books", "isbn");
                }

                public void downgrade(Ops op) {
                    op.dropIndex("ix_books_title", "books");
                }
            }
            """;

    @Test
    void lintsAsTyped() throws Exception {
        SampleProject shop = SampleProject.copy("shop", "<dependency><groupId>io.quarkus</groupId>"
                + "<artifactId>quarkus-reactive-pg-client</artifactId></dependency>",
                "quarkus.datasource.db-kind=postgresql\nquarkus.datasource.reactive.url=postgresql://127.0.0.1:5432/nodatabase\n");
        Files.createDirectories(shop.dir.resolve("src/main/java/com/example/shop/migrations"));
        shop.write("com/example/shop/migrations/CreateBooks.java", CREATE);
        shop.write("com/example/shop/migrations/IndexTitles.java", CHANGE);

        MavenRun lint = shop.mvn("retort:lint");
        assertTrue(lint.succeeded(), lint::describe);
        assertTrue(lint.stdout().contains("[WARNING] Revision a10000000002 (index titles, drop pages and isbn): [add-index] create index"
                + " ix_books_title on books"), lint::describe);
        assertTrue(lint.stdout().contains("[WARNING] Revision a10000000002 (index titles, drop pages and isbn): [drop-mapped-column] drop"
                + " column books.pages"), lint::describe);
        assertFalse(lint.stdout().contains("books.isbn:"), () -> "isbn is not mapped: dropping it is fine\n" + lint.describe());
        assertTrue(lint.stdout().contains("Retort lint: 2 revisions on postgresql, 2 findings, 0 allowed, 0 raw SQL statements not analyzed"),
                lint::describe);
        JsonObject report = new JsonObject(Files.readString(shop.dir.resolve("target/retort-lint.json")));
        assertEquals(2, report.getInteger("standing"), report::encodePrettily);
        assertEquals("add-index", report.getJsonArray("findings").getJsonObject(0).getString("rule"), report::encodePrettily);

        MavenRun failing = shop.mvn("retort:lint", "-Dquarkus.retort.lint.fail=true");
        assertFalse(failing.succeeded(), failing::describe);
        assertTrue(failing.stdout().contains("2 lint findings stand and quarkus.retort.lint.fail=true")
                && failing.stdout().contains("Next: write the safe form (docs/safety.md#add-index)"), failing::describe);

        MavenRun deployed = shop.mvn("retort:lint", "-Dquarkus.retort.lint.fail=true", "-Dquarkus.retort.lint.deployed=a10000000002");
        assertTrue(deployed.succeeded() && deployed.stdout().contains("Retort lint: 0 revisions on postgresql, 0 findings"),
                deployed::describe);
    }
}
