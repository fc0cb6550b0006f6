package io.retort.junit;

import io.retort.engine.LoadedRevision;
import io.retort.engine.Revisions;
import io.retort.migration.Revision;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;

/** The revision classes of some packages, found in the class path's directories (the build output). */
final class RevisionScan {

    private static final DotName REVISION = DotName.createSimple(Revision.class.getName());

    private RevisionScan() {
    }

    static List<LoadedRevision> in(List<String> packages) {
        Indexer indexer = new Indexer();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path root = Path.of(entry);
            if (!Files.isDirectory(root)) {
                continue;
            }
            for (String pkg : packages) {
                Path dir = root.resolve(pkg.replace('.', '/'));
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        try (InputStream in = Files.newInputStream(file)) {
                            indexer.index(in);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Index index = indexer.complete();
        List<Class<?>> classes = new ArrayList<>();
        for (AnnotationInstance revision : index.getAnnotations(REVISION)) {
            String name = revision.target().asClass().name().toString();
            try {
                classes.add(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Cannot load revision " + name, e);
            }
        }
        return Revisions.fromClasses(classes);
    }
}
