package io.retort.bench.sidebyside;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a Quarkus fast-jar against a database, waits for it to report being started, reads its peak
 * RSS from /proc and stops it. Every contender runs with the same JVM and the same flags.
 */
final class AppProcess {

    private static final Pattern STARTED = Pattern.compile(" started in ([0-9.]+)s");
    private static final Pattern PEAK_RSS = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    private final String java;
    private final String host;
    private final String user;
    private final boolean mariadb;

    AppProcess(String java, String host, String user) {
        this(java, host, user, false);
    }

    private AppProcess(String java, String host, String user, boolean mariadb) {
        this.java = java;
        this.host = host;
        this.user = user;
        this.mariadb = mariadb;
    }

    /** The applications of the MariaDB run, pointed at the local MariaDB server. */
    static AppProcess mariadb(String java, String host, String user) {
        return new AppProcess(java, host, user, true);
    }

    AppStart start(Path quarkusApp, String database, String... properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java,
                mariadb ? "-Dquarkus.datasource.reactive.url=mysql://" + host + ":3306/" + database
                        : "-Dquarkus.datasource.reactive.url=postgresql://" + host + ":5432/" + database,
                mariadb ? "-Dquarkus.datasource.jdbc.url=jdbc:mariadb://" + host + ":3306/" + database
                        : "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://" + host + ":5432/" + database,
                "-Dquarkus.datasource.username=" + user));
        for (String property : properties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-jar", quarkusApp.resolve("quarkus-run.jar").toString()));
        List<String> output = new ArrayList<>();
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    long wall = System.nanoTime() - begin;
                    long peak = peakRssKb(process.pid());
                    long reported = Math.round(Double.parseDouble(started.group(1)) * 1000);
                    stop(process, lines);
                    return new AppStart(wall, reported, peak);
                }
                output.add(line);
            }
            throw new IllegalStateException(quarkusApp + " exited with " + process.waitFor() + " before starting:\n"
                    + String.join("\n", output));
        } finally {
            process.destroyForcibly();
        }
    }

    private static long peakRssKb(long pid) throws IOException {
        Matcher peak = PEAK_RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        if (!peak.find()) {
            throw new IllegalStateException("No VmHWM in /proc/" + pid + "/status");
        }
        return Long.parseLong(peak.group(1));
    }

    // SIGTERM through the handle (Process.destroy would close the pipe), then keep reading so
    // shutdown logging never blocks on a full pipe.
    private static void stop(Process process, BufferedReader lines) throws IOException, InterruptedException {
        process.toHandle().destroy();
        while (lines.readLine() != null) {
            // drained
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
