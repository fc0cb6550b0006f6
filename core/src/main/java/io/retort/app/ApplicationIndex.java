package io.retort.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexReader;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Indexer;

/**
 * The application's classes as Quarkus indexes them: its own class directories, and the dependency
 * jars Quarkus treats as application archives (a {@code META-INF/jandex.idx}, a
 * {@code META-INF/beans.xml}, or named by {@code quarkus.index-dependency}). The build passes
 * Quarkus's own index; the goals and the test kit build theirs with {@link #of(List)}, so every
 * surface sees the same revisions and entities.
 */
public final class ApplicationIndex {

    static final DotName ENTITY = DotName.createSimple("jakarta.persistence.Entity");

    private final IndexView index;
    private final IndexView own;

    private ApplicationIndex(IndexView index, IndexView own) {
        this.index = index;
        this.own = own;
    }

    /**
     * Over indexes someone else built: Quarkus's combined index at build time, and the index of the
     * application's own classes (its root archive), where new revisions go.
     */
    public static ApplicationIndex over(IndexView index, IndexView own) {
        return new ApplicationIndex(index, own);
    }

    /** Indexes the application archives among {@code archives} (class directories and jars). */
    public static ApplicationIndex of(List<Archive> archives) {
        List<IndexView> indexes = new ArrayList<>();
        Indexer indexer = new Indexer();
        Indexer ownIndexer = new Indexer();
        for (Archive archive : archives) {
            if (Files.isDirectory(archive.path())) {
                indexDirectory(archive.path(), indexer);
                if (archive.own()) {
                    indexDirectory(archive.path(), ownIndexer);
                }
            } else if (Files.isRegularFile(archive.path()) && archive.path().toString().endsWith(".jar")) {
                indexJar(archive, indexer).ifPresent(indexes::add);
            }
        }
        indexes.add(indexer.complete());
        return new ApplicationIndex(CompositeIndex.create(indexes), ownIndexer.complete());
    }

    /**
     * A class directory or jar of the application; {@code own} marks the project's own classes,
     * {@code indexed} a dependency the application asked to be indexed ({@code quarkus.index-dependency})
     * whatever it contains.
     */
    public record Archive(Path path, boolean own, boolean indexed) {

        /** The project's own class directory. */
        public static Archive own(Path path) {
            return new Archive(path, true, false);
        }

        /** A dependency: indexed when it ships an index or beans.xml, or when {@code indexed}. */
        public static Archive dependency(Path path, boolean indexed) {
            return new Archive(path, false, indexed);
        }
    }

    public IndexView index() {
        return index;
    }

    /** The revision classes, checked; problems are in the reader. */
    public RevisionClassReader revisionReader() {
        return new RevisionClassReader(index);
    }

    /** The {@code @Entity} classes' names, sorted. */
    public List<String> entityClassNames() {
        return entityClassNames(index);
    }

    /** The {@code @Entity} classes among the application's own classes. */
    public List<String> ownEntityClassNames() {
        return entityClassNames(own);
    }

    /** Whether a class is one of the application's own (not from a dependency jar). */
    public boolean isOwn(String className) {
        return own.getClassByName(DotName.createSimple(className)) != null;
    }

    private static List<String> entityClassNames(IndexView index) {
        TreeSet<String> names = new TreeSet<>();
        for (AnnotationInstance annotation : index.getAnnotations(ENTITY)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.CLASS) {
                names.add(annotation.target().asClass().name().toString());
            }
        }
        return List.copyOf(names);
    }

    private static void indexDirectory(Path directory, Indexer indexer) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index " + directory + ": " + e.getMessage(), e);
        }
    }

    /** A jar's own Jandex index when it ships one; its classes when it has beans.xml or was asked for. */
    private static java.util.Optional<IndexView> indexJar(Archive archive, Indexer indexer) {
        try (JarFile jar = new JarFile(archive.path().toFile())) {
            JarEntry shipped = jar.getJarEntry("META-INF/jandex.idx");
            if (shipped != null) {
                try (InputStream in = jar.getInputStream(shipped)) {
                    return java.util.Optional.of(new IndexReader(in).read());
                }
            }
            if (archive.indexed() || jar.getJarEntry("META-INF/beans.xml") != null) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            indexer.index(in);
                        }
                    }
                }
            }
            return java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index " + archive.path() + ": " + e.getMessage(), e);
        }
    }
}
