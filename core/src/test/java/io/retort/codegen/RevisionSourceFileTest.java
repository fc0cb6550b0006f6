package io.retort.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated revision lands in its package's directory under the source root, never over another file. */
class RevisionSourceFileTest {

    @Test
    void writesIntoThePackageDirectoryOnce(@TempDir Path root) throws IOException {
        RevisionSource source = new RevisionSource("com.example.migrations", "R20261125_031500_add_users",
                "R20261125_031500_add_users.java", "class R20261125_031500_add_users {}");

        Path written = source.writeTo(root);

        assertEquals(root.resolve("com/example/migrations/R20261125_031500_add_users.java"), written);
        assertEquals(source.source(), Files.readString(written));
        IOException again = assertThrows(IOException.class, () -> source.writeTo(root));
        assertEquals(true, again.getMessage().contains("Not overwriting"));
    }
}
