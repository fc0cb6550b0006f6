package io.retort.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.app.ApplicationIndex.Archive;
import io.retort.engine.shop.ShopRevisions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which dependency jars count as the application's, the way Quarkus decides it. */
class ApplicationIndexTest {

    private static final Class<?> REVISION = ShopRevisions.R01.class;

    @Test
    void aJarCountsWithBeansXmlOrWhenIndexedOnRequest(@TempDir Path dir) throws IOException {
        Path plain = jar(dir.resolve("plain.jar"), Map.of());
        Path beans = jar(dir.resolve("beans.jar"), Map.of("META-INF/beans.xml", "<beans/>"));
        assertEquals(List.of(), revisions(List.of(Archive.dependency(plain, false))), "a plain jar is not an application archive");
        assertEquals(List.of(REVISION.getName()), revisions(List.of(Archive.dependency(beans, false))));
        assertEquals(List.of(REVISION.getName()), revisions(List.of(Archive.dependency(plain, true))),
                "quarkus.index-dependency makes any jar count");
    }

    @Test
    void ownClassesAreTellable(@TempDir Path dir) throws IOException {
        Path beans = jar(dir.resolve("beans.jar"), Map.of("META-INF/beans.xml", "<beans/>"));
        ApplicationIndex index = ApplicationIndex.of(List.of(Archive.dependency(beans, false)));
        assertTrue(!index.isOwn(REVISION.getName()), "a class from a jar is not the application's own");
    }

    private static List<String> revisions(List<Archive> archives) {
        return ApplicationIndex.of(archives).revisionReader().read().stream().map(RevisionClass::className).toList();
    }

    private static Path jar(Path file, Map<String, String> extra) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            String name = REVISION.getName().replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(name));
            try (InputStream in = REVISION.getClassLoader().getResourceAsStream(name)) {
                in.transferTo(jar);
            }
            for (var entry : extra.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes());
            }
        }
        return file;
    }
}
