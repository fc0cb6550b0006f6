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

    FixtureProject(Path baseDir, String properties) {
        this.baseDir = baseDir;
        this.classes = baseDir.resolve("target/classes");
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

    ProjectSession session() {
        return new ProjectSession(baseDir, classes, List.of(), "dev");
    }
}
