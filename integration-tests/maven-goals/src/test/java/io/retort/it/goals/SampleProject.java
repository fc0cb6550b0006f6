package io.retort.it.goals;

import io.retort.testing.MavenRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** A copy of a sample project under target/, with its pom's versions filled in and its own application.properties. */
final class SampleProject {

    final Path dir;

    private SampleProject(Path dir) {
        this.dir = dir;
    }

    /** Copies {@code src/test/projects/<name>}; {@code extraDependencies} is pom XML put among its dependencies. */
    static SampleProject copy(String name, String extraDependencies, String properties) throws IOException {
        Path source = Path.of(System.getProperty("sample.projects", "src/test/projects")).resolve(name);
        Path dir = Path.of("target/projects").resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = dir.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("@RETORT_VERSION@", System.getProperty("retort.version"))
                .replace("@QUARKUS_VERSION@", System.getProperty("quarkus.version")).replace("@EXTRA_DEPENDENCIES@", extraDependencies));
        Path resources = dir.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application.properties"), properties);
        return new SampleProject(dir);
    }

    MavenRun mvn(String... args) throws IOException, InterruptedException {
        return MavenRun.in(dir, args);
    }

    /** The revision sources under src/main/java, relative to it. */
    List<String> revisionFiles() {
        Path root = dir.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().startsWith("R2")).map(f -> root.relativize(f).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String relative) throws IOException {
        return Files.readString(dir.resolve("src/main/java").resolve(relative));
    }

    void write(String relative, String content) throws IOException {
        Files.writeString(dir.resolve("src/main/java").resolve(relative), content);
    }
}
