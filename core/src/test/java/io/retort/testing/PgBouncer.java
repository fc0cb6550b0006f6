package io.retort.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A PgBouncer in transaction pooling mode in front of the test PostgreSQL, started once per JVM on a
 * free port and stopped with it. Each transaction may run on a different server connection, as in
 * production behind such a proxy: nothing session-level (SET, advisory session locks, prepared
 * statements across transactions) survives between transactions. PgBouncer refuses to run as root,
 * so under root it runs as the {@code postgres} user.
 */
public final class PgBouncer {

    private static Integer port;

    private PgBouncer() {
    }

    /** The port PgBouncer listens on, starting it on first use. */
    public static synchronized int port() {
        if (port == null) {
            port = start();
        }
        return port;
    }

    private static int start() {
        try {
            int free;
            try (ServerSocket socket = new ServerSocket(0)) {
                free = socket.getLocalPort();
            }
            Path directory = Files.createTempDirectory("retort-pgbouncer-");
            Path config = directory.resolve("pgbouncer.ini");
            Files.writeString(directory.resolve("users.txt"), "\"postgres\" \"\"\n\"root\" \"\"\n");
            Files.writeString(config, String.join("\n",
                    "[databases]",
                    "* = host=" + env("RETORT_PG_HOST", "127.0.0.1") + " port=" + env("RETORT_PG_PORT", "5432"),
                    "[pgbouncer]",
                    "listen_addr = 127.0.0.1",
                    "listen_port = " + free,
                    "unix_socket_dir =",
                    "auth_type = trust",
                    "auth_file = " + directory.resolve("users.txt"),
                    "pool_mode = transaction",
                    "max_client_conn = 1000",
                    "default_pool_size = 40",
                    // The Vert.x and JDBC PostgreSQL clients send it at connect; PgBouncer 1.18 refuses unknown ones.
                    "ignore_startup_parameters = extra_float_digits",
                    "logfile = " + directory.resolve("pgbouncer.log"),
                    "pidfile = " + directory.resolve("pgbouncer.pid"),
                    ""));
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                new ProcessBuilder("chown", "-R", "postgres", directory.toString()).inheritIO().start().waitFor();
                command.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            command.addAll(List.of(binary(), config.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("stdout.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> process.descendants().forEach(ProcessHandle::destroy)));
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            long deadline = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < deadline) {
                try (Socket probe = new Socket()) {
                    probe.connect(new InetSocketAddress("127.0.0.1", free), 200);
                    return free;
                } catch (IOException notYet) {
                    if (!process.isAlive()) {
                        break;
                    }
                    Thread.sleep(100);
                }
            }
            throw new IllegalStateException("PgBouncer did not start on port " + free + "; see " + directory.resolve("pgbouncer.log")
                    + " and " + directory.resolve("stdout.log") + " (Debian package pgbouncer; .ci/run installs it)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String binary() {
        for (String candidate : List.of("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "pgbouncer";
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
