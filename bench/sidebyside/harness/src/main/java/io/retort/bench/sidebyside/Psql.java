package io.retort.bench.sidebyside;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The psql client against the local server: creates and drops the benchmark's databases, runs the floor scripts. */
final class Psql {

    private final String host;
    private final String user;

    Psql(String host, String user) {
        this.host = host;
        this.user = user;
    }

    void createDatabase(String name) {
        run("postgres", "-c", "CREATE DATABASE " + name);
    }

    /**
     * Writes out every dirty buffer now. Dropping a database of thousands of tables, or applying
     * them, leaves the server flushing for seconds; whoever runs next would pay for it.
     */
    void checkpoint() {
        run("postgres", "-c", "CHECKPOINT");
    }

    void dropDatabase(String name) {
        run("postgres", "-c", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Runs a script in one psql session, stopping at the first error; returns the wall time in nanoseconds. */
    long timeScript(String database, Path script) {
        long start = System.nanoTime();
        run(database, "-f", script.toString());
        return System.nanoTime() - start;
    }

    private void run(String database, String... arguments) {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", host, "-U", user, "-d", database));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("psql failed: " + String.join(" ", command) + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run psql (is the PostgreSQL client installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
