package io.retort.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A throwaway application directory: the fixture revisions and entity as build output, and its properties. */
final class FixtureProject {

    final Path baseDir;
    final Path classes;
    /** Whether the project is on PostgreSQL, and so has its reactive client, as a real one would. */
    private final boolean postgres;

    FixtureProject(Path baseDir, String properties) {
        this.baseDir = baseDir;
        this.classes = baseDir.resolve("target/classes");
        this.postgres = properties.contains("reactive.url");
        try {
            Path fixture = Path.of("target/test-classes/io/retort/maven/fixture");
            Path target = classes.resolve("io/retort/maven/fixture");
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(fixture)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
            Files.writeString(classes.resolve("application.properties"), properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Quarkus extensions a real project would have on its class path: PostgreSQL's reactive client. */
    static List<Path> extensions() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> entry.contains("quarkus-reactive-pg-client")).map(Path::of).toList();
    }

    ProjectSession session() {
        return ProjectSession.of(baseDir, classes, postgres ? extensions() : List.of(), "dev", null);
    }
}
