package io.retort.maven;

import io.retort.engine.LoadedRevision;
import io.retort.engine.Revisions;
import io.retort.migration.Revision;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;

/**
 * The application's compiled classes: an index of the build output (read without loading anything)
 * and a class loader over the build output and dependencies that delegates to the plugin first, so
 * Retort's and Hibernate's own classes are the plugin's.
 */
final class ProjectClasses implements AutoCloseable {

    private static final DotName REVISION = DotName.createSimple(Revision.class.getName());
    private static final DotName ENTITY = DotName.createSimple("jakarta.persistence.Entity");

    private final Path classesDir;
    private final URLClassLoader loader;
    private final Index index;

    ProjectClasses(Path classesDir, List<Path> classpath) {
        this.classesDir = classesDir;
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classesDir.toUri().toURL());
            for (Path element : classpath) {
                urls.add(element.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
        this.loader = new URLClassLoader(urls.toArray(URL[]::new), ProjectClasses.class.getClassLoader());
        this.index = index(classesDir);
    }

    private static Index index(Path classesDir) {
        Indexer indexer = new Indexer();
        if (Files.isDirectory(classesDir)) {
            try (Stream<Path> files = Files.walk(classesDir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        indexer.index(in);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot index " + classesDir, e);
            }
        }
        return indexer.complete();
    }

    /** Every {@code @Revision} class of the build output, read as the engine reads them. */
    List<LoadedRevision> revisions() {
        return Revisions.fromClasses(load(REVISION));
    }

    /** The {@code @Entity} classes of the build output. */
    List<Class<?>> entities() {
        return load(ENTITY);
    }

    /** The package of the revisions already there (where a new one goes), if any. */
    java.util.Optional<String> revisionPackage() {
        return index.getAnnotations(REVISION).stream().map(a -> a.target().asClass().name().packagePrefix()).sorted().findFirst();
    }

    Path classesDir() {
        return classesDir;
    }

    private List<Class<?>> load(DotName annotation) {
        List<Class<?>> classes = new ArrayList<>();
        for (AnnotationInstance instance : index.getAnnotations(annotation)) {
            String name = instance.target().asClass().name().toString();
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Cannot load " + name + " from " + classesDir + ": " + e
                        + "; run the goal after compile (for example: mvn compile retort:...)", e);
            }
        }
        return classes;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
