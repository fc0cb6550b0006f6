package io.retort.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A packaged Quarkus application (a fast-jar's quarkus-run.jar) started as its own JVM, as in
 * production, its output read line by line as it comes; for tests that kill, cut off or crowd real
 * application processes.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final String STARTED = " started in ";

    private final Process process;
    private final BufferedReader lines;
    private final List<String> output = new ArrayList<>();

    private ApplicationProcess(Process process) {
        this.process = process;
        this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code java -D<property>... -jar <jar>}; each property is {@code name=value}. */
    public static ApplicationProcess start(Path jar, List<String> properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String property : properties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-jar", jar.toString()));
        return new ApplicationProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** How a test starts its application. */
    @FunctionalInterface
    public interface Starter {
        ApplicationProcess start() throws IOException;
    }

    /**
     * Starts the application {@code trials} times, each time killing it with SIGKILL right after it
     * reports its k-th applied revision (k from 1 to 12, drawn from {@code seed}, so the next
     * revision is in flight); fails when a start ends or finishes before its kill.
     */
    public static void killMidUpgrade(int trials, long seed, Starter starter) throws IOException, InterruptedException {
        Random random = new Random(seed);
        for (int trial = 1; trial <= trials; trial++) {
            int k = 1 + random.nextInt(12);
            try (ApplicationProcess application = starter.start()) {
                int[] applied = {0};
                // A start with nothing left to apply ends the wait too (and fails below), rather than waiting on a running server.
                if (!application.awaitLine(line -> line.contains("Applied ") && ++applied[0] == k || line.contains(STARTED))) {
                    throw new AssertionError("trial " + trial + ": the application ended before its " + k + "th revision:\n"
                            + application.output());
                }
                application.kill();
                if (application.output().contains(STARTED)) {
                    throw new AssertionError("trial " + trial + ": the application started before it was killed");
                }
            }
        }
    }

    /** Reads output until a line matches; false if the process ended first. */
    public boolean awaitLine(Predicate<String> matching) throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            output.add(line);
            if (matching.test(line)) {
                return true;
            }
        }
        return false;
    }

    /** Reads output until Quarkus reports the application started; false if it ended first. */
    public boolean awaitStarted() throws IOException {
        return awaitLine(line -> line.contains(STARTED));
    }

    /** Waits for the process to end on its own and returns its exit code, the output read to the end. */
    public int awaitExit() throws IOException, InterruptedException {
        awaitLine(line -> false);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The application did not exit:\n" + output());
        }
        return process.exitValue();
    }

    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the client side
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM, the way an orchestrator stops a service; returns once the application has shut down
     * cleanly (exit code 143, 128 + SIGTERM, after Quarkus's "stopped in" line).
     */
    public void stop() throws IOException, InterruptedException {
        process.toHandle().destroy();
        int exit = awaitExit();
        if (exit != 143 || !output().contains(" stopped in ")) {
            throw new IllegalStateException("The application did not stop cleanly (exit " + exit + "):\n" + output());
        }
    }

    public String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
