package io.retort.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the repository's Maven wrapper in a sample project, as a user types it
 * ({@code ./mvnw -B -ntp <args>}): its command, exit code and output. For the tests that run the
 * goals and builds the way users do.
 */
public record MavenRun(List<String> command, int exitCode, String stdout, String stderr) {

    public static MavenRun in(Path directory, String... args) throws IOException, InterruptedException {
        return in(directory, Map.of(), args);
    }

    /** With {@code environment} added to the process's own (database URLs, for example). */
    public static MavenRun in(Path directory, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return run(wrapper(), directory, environment, args);
    }

    /** With the project's own {@code ./mvnw}, as in a project the Quarkus generator created. */
    public static MavenRun ownWrapper(Path directory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return run(directory.resolve("mvnw"), directory, environment, args);
    }

    private static MavenRun run(Path mvnw, Path directory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvnw.toString(), "-B", "-ntp"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("mvn-out", ".log");
        Path err = Files.createTempFile("mvn-err", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Maven did not finish in 5 minutes: " + command);
        }
        MavenRun run = new MavenRun(command, process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** The repository's mvnw, found above the working directory. */
    public static Path wrapper() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve(".mvn"))) {
                return dir.resolve("mvnw");
            }
        }
        throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The lines Maven printed as [INFO] from the goal, without the prefix. */
    public List<String> info() {
        return stdout.lines().filter(line -> line.startsWith("[INFO] ")).map(line -> line.substring(7)).toList();
    }

    public String describe() {
        return String.join(" ", command) + " -> exit " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }
}
