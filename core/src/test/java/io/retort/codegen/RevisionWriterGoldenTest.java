package io.retort.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Whole generated sources compared with reviewed files in {@code src/test/resources/codegen}. After a
 * deliberate change, rewrite them with {@code -Dretort.golden.update=true}, then review the diff.
 */
class RevisionWriterGoldenTest {

    private static final Path GOLDEN_DIR = Path.of("src/test/resources/codegen");

    private final RevisionWriter writer = new RevisionWriter();

    @Test
    void baseRevisionCreatingTables() throws IOException {
        assertGolden("base_create_tables", writer.write(Specs.baseTables()));
    }

    @Test
    void mergeRevisionWithEveryOtherOperation() throws IOException {
        assertGolden("merge_every_operation", writer.write(Specs.everyOperation()));
    }

    @Test
    void emptyRevision() throws IOException {
        assertGolden("empty_revision", writer.write(Specs.empty()));
    }

    @Test
    void quotedIdentifiersAndEveryType() throws IOException {
        assertGolden("odd_identifiers", writer.write(Specs.oddButExact()));
    }

    @Test
    void objectsWithUnconventionalNamesFollowTheTable() throws IOException {
        assertGolden("unconventional_names", writer.write(Specs.unconventionalNames()));
    }

    @Test
    void sequencesInShortAndFullForm() throws IOException {
        assertGolden("sequences", writer.write(Specs.sequences()));
    }

    @Test
    void sameSpecSameSource() {
        assertEquals(writer.write(Specs.everyOperation()), new RevisionWriter().write(Specs.everyOperation()));
    }

    private static void assertGolden(String name, RevisionSource source) throws IOException {
        String file = name + ".java.txt";
        if (Boolean.getBoolean("retort.golden.update")) {
            Files.createDirectories(GOLDEN_DIR);
            Files.writeString(GOLDEN_DIR.resolve(file), source.source(), StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = RevisionWriterGoldenTest.class.getResourceAsStream("/codegen/" + file)) {
            if (in == null) {
                throw new AssertionError("No golden file codegen/" + file + ": run with -Dretort.golden.update=true and review it");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), source.source(),
                    "codegen/" + file + " differs; if the change is intended, rerun with -Dretort.golden.update=true and review the diff");
        }
    }
}
