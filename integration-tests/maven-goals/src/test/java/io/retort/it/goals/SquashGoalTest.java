package io.retort.it.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.MavenRun;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code retort:squash} and {@code retort:replaced} as a user types them, on SQLite files of three
 * profiles: the squash is written and compiles; while the staging database is partway through the
 * replaced revisions {@code retort:replaced} fails naming it, once it is upgraded the revisions can be
 * deleted; after deleting them every database upgrades, a new one applies the squash alone, and
 * downgrading through the squash reaches base.
 */
class SquashGoalTest {

    private static String revision(String id, String parent, String name, String message, String upgrade, String downgrade) {
        return """
                package com.example.shop.migrations;

                import static io.retort.migration.ColumnOptions.*;
                import static io.retort.migration.ColumnTypes.*;

                import io.retort.migration.*;

                @Revision(id = "%s"%s, message = "%s")
                public class %s implements Migration {
                    public void upgrade(Ops op) {
                        %s
                    }

                    public void downgrade(Ops op) {
                        %s
                    }
                }
                """.formatted(id, parent == null ? "" : ", parent = \"" + parent + "\"", message, name, upgrade, downgrade);
    }

    @Test
    void squashThenDeleteWhenEveryDatabaseIsPast() throws Exception {
        SampleProject shop = SampleProject.copy("shop", "", "quarkus.retort.sqlite.path=dev.db\n"
                + "%staging.quarkus.retort.sqlite.path=staging.db\n%fresh.quarkus.retort.sqlite.path=fresh.db\n");
        Files.createDirectories(shop.dir.resolve("src/main/java/com/example/shop/migrations"));
        List<String> replaced = List.of("CreateBooks", "AddPages", "SeedBooks");
        shop.write("com/example/shop/migrations/CreateBooks.java", revision("b10000000001", null, "CreateBooks", "create books",
                "op.createTable(\"books\", t -> t.column(\"id\", integer(), primaryKey()).column(\"title\", string(200), notNull()));",
                "op.dropTable(\"books\");"));
        shop.write("com/example/shop/migrations/AddPages.java", revision("b10000000002", "b10000000001", "AddPages", "add pages",
                "op.addColumn(\"books\", \"pages\", integer());", "op.dropColumn(\"books\", \"pages\");"));
        shop.write("com/example/shop/migrations/SeedBooks.java", revision("b10000000003", "b10000000002", "SeedBooks", "seed books",
                "op.execute(\"INSERT INTO books (id, title, pages) VALUES (1, 'Dune', 412)\");",
                "op.execute(\"DELETE FROM books WHERE id = 1\");"));

        MavenRun partway = shop.mvn("retort:upgrade", "-Dretort.profile=staging", "-Dretort.target=b10000000002");
        assertTrue(partway.succeeded(), partway::describe);
        MavenRun squash = shop.mvn("retort:squash", "-Dretort.message=books up to the seed");
        assertTrue(squash.succeeded(), squash::describe);
        Matcher written = Pattern.compile("Wrote revision ([0-9a-f]{12}) \\(books up to the seed\\), parent base, replacing 3 revisions"
                + " \\(b10000000001\\.\\.b10000000003\\)").matcher(squash.stdout());
        assertTrue(written.find(), squash::describe);
        String id = written.group(1);

        MavenRun blocked = shop.mvn("retort:replaced", "-Dretort.profiles=dev,staging");
        assertFalse(blocked.succeeded(), blocked::describe);
        assertTrue(blocked.stdout().contains("(profile dev) is not at them yet (it will apply " + id + " instead)"), blocked::describe);
        assertTrue(blocked.stdout().contains("(profile staging) is partway through them, at b10000000002: keep them until it is upgraded"
                + " past b10000000003"), blocked::describe);
        assertTrue(blocked.stdout().contains("Keep the replaced revisions: a database above is partway through them"), blocked::describe);

        MavenRun staging = shop.mvn("retort:upgrade", "-Dretort.profile=staging");
        assertTrue(staging.succeeded() && staging.stdout().contains("b10000000003") && !staging.stdout().contains("upgraded " + id),
                staging::describe);
        MavenRun free = shop.mvn("retort:replaced", "-Dretort.profiles=dev,staging");
        assertTrue(free.succeeded() && free.stdout().contains("(profile staging) is past them")
                && free.stdout().contains("they can be deleted"), free::describe);

        for (String name : replaced) {
            Files.delete(shop.dir.resolve("src/main/java/com/example/shop/migrations/" + name + ".java"));
        }
        MavenRun atHead = shop.mvn("retort:upgrade", "-Dretort.profile=staging");
        assertTrue(atHead.succeeded() && atHead.stdout().contains("Nothing to do") && atHead.stdout().contains("is at " + id),
                atHead::describe);
        MavenRun fresh = shop.mvn("retort:upgrade", "-Dretort.profile=fresh");
        assertTrue(fresh.succeeded(), fresh::describe);
        assertEquals(1, fresh.stdout().lines().filter(line -> line.contains("upgraded")).count(), fresh::describe);
        assertTrue(fresh.stdout().contains("upgraded  " + id) || fresh.stdout().contains("upgraded " + id), fresh::describe);
        MavenRun down = shop.mvn("retort:downgrade", "-Dretort.profile=staging", "-Dretort.target=base");
        assertTrue(down.succeeded() && down.stdout().contains("downgraded") && down.stdout().contains("Now at base."), down::describe);
    }
}
