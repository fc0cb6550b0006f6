package io.retort.bench.sidebyside;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The mysql client against the local MariaDB: creates and drops the benchmark's databases, runs the floor script. */
final class MariaDbClient {

    private final String host;
    private final String user;

    MariaDbClient(String host, String user) {
        this.host = host;
        this.user = user;
    }

    void createDatabase(String name) {
        run(null, null, "-e", "CREATE DATABASE " + name);
    }

    void dropDatabase(String name) {
        run(null, null, "-e", "DROP DATABASE IF EXISTS " + name);
    }

    /** Runs a script in one mysql session, stopping at the first error; returns the wall time in nanoseconds. */
    long timeScript(String database, Path script) {
        long start = System.nanoTime();
        run(database, script, "--batch");
        return System.nanoTime() - start;
    }

    private void run(String database, Path input, String... arguments) {
        List<String> command = new ArrayList<>(List.of("mysql", "-h", host, "-u", user));
        if (database != null) {
            command.add(database);
        }
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("mysql failed: " + String.join(" ", command) + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run mysql (is the MariaDB client installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
