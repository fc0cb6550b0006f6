package io.retort.it.goals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The project's own {@code ./mvnw quarkus:dev}, as a user starts it (the Quarkus CLI's
 * {@code quarkus dev} runs the same goal), its output collected as it comes. Closing it stops the
 * Maven process and the application JVM it forked.
 */
final class DevModeProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private DevModeProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("(output closed: " + e + ")");
            }
        }, "dev-mode-output");
        reader.setDaemon(true);
        reader.start();
    }

    static DevModeProcess start(Path project, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(project.resolve("mvnw").toString(), "-B", "-ntp", "quarkus:dev")
                .directory(project.toFile()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        return new DevModeProcess(builder.start());
    }

    /** Waits until a line matches; fails naming the output when the process ends or the time runs out first. */
    void await(Predicate<String> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output.stream().anyMatch(matching)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("quarkus:dev ended (exit " + process.exitValue() + "):\n" + output());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("quarkus:dev did not print the awaited line in " + timeout + ":\n" + output());
    }

    String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
