package io.retort.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** Generated class and file names sort by creation time and are safe Java identifiers, whatever the message. */
class RevisionNamesTest {

    @Test
    void classAndFileNamesCarryUtcTimeAndSlug() {
        RevisionSource source = new RevisionWriter().write(spec(Instant.parse("2026-11-25T03:15:00Z"), "Add user table"));

        assertEquals("R20261125_031500_add_user_table", source.className());
        assertEquals("R20261125_031500_add_user_table.java", source.fileName());
        assertEquals("com.example", source.packageName());
        assertTrue(source.source().contains("public class R20261125_031500_add_user_table implements Migration"));
        String body = source.source().replace(source.className(), "");
        assertTrue(!body.contains("2026") && !body.contains("0315"), "the time appears in the class name only");
    }

    @Test
    void namesSortByCreationTime() {
        Instant first = Instant.parse("2026-01-31T23:59:59Z");
        List<String> names = List.of(
                RevisionNames.className(first, "zebra"),
                RevisionNames.className(first.plusSeconds(1), "aardvark"),
                RevisionNames.className(first.plusSeconds(86_400 * 40), "middle"),
                RevisionNames.className(Instant.parse("2027-01-01T00:00:00Z"), ""));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(names, sorted);
    }

    @Test
    void oddMessagesGiveSafeSlugs() {
        assertEquals("add_users_table", RevisionNames.slug("Add user's table!!"));
        assertEquals("ca_marche_deja_a_lecole", RevisionNames.slug("Ça marche déjà — à l'école"));
        assertEquals("revision", RevisionNames.slug(""));
        assertEquals("revision", RevisionNames.slug(null));
        assertEquals("revision", RevisionNames.slug("日本語のメッセージ"));
        assertEquals("v2_drop_x", RevisionNames.slug("  V2: drop \"x\"; --\n"));
        assertEquals("split_the_orders_table_into_orders_and", RevisionNames.slug(
                "Split the orders table into orders and order_lines, then backfill"));
        assertEquals("a".repeat(40), RevisionNames.slug("a".repeat(100) + " b"));

        for (String message : List.of("Add user's table!!", "日本語", "", "class", "1st revision", "a.b-c/d\\e", "_")) {
            String name = RevisionNames.className(Instant.EPOCH, message);
            assertTrue(SourceVersion.isName(name), name);
            assertTrue(RevisionNames.slug(message).length() <= RevisionNames.MAX_SLUG_LENGTH);
            assertTrue(RevisionNames.slug(message).matches("[a-z0-9_]+"), message);
        }
    }

    @Test
    void idsAreTwelveRandomHexDigits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RevisionIds.newId();
            assertTrue(id.matches("[0-9a-f]{12}"), id);
            ids.add(id);
        }
        assertEquals(1000, ids.size());
    }

    private static GeneratedRevisionSpec spec(Instant createdAt, String message) {
        return new GeneratedRevisionSpec("com.example", "0123456789ab", List.of(), message, List.of(), List.of(),
                List.of(), List.of(), createdAt);
    }
}
