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
        return Revisions.fromClasses(annotated(REVISION, packages, false));
    }

    /** The {@code @Entity} classes of some packages, in directories or jars of the class path. */
    static List<Class<?>> entities(List<String> packages) {
        return annotated(DotName.createSimple("jakarta.persistence.Entity"), packages, true);
    }

    private static List<Class<?>> annotated(DotName annotation, List<String> packages, boolean jarsToo) {
        Indexer indexer = new Indexer();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path root = Path.of(entry);
            if (jarsToo && entry.endsWith(".jar") && Files.isRegularFile(root)) {
                indexJar(root, packages, indexer);
                continue;
            }
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
        for (AnnotationInstance revision : index.getAnnotations(annotation)) {
            String name = revision.target().asClass().name().toString();
            try {
                classes.add(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Cannot load " + name, e);
            }
        }
        return classes;
    }

    private static void indexJar(Path jar, List<String> packages, Indexer indexer) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            for (var entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && packages.stream().anyMatch(p -> name.startsWith(p.replace('.', '/') + "/"))) {
                    try (InputStream in = file.getInputStream(entry)) {
                        indexer.index(in);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }
}
