package io.retort.maven;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The application's configuration as Quarkus reads it: {@code application.properties} (from the
 * build output, else the sources), the {@code %profile.} prefixes of the chosen profile, then
 * environment variables and system properties on top.
 */
final class ProjectConfig {

    private final SmallRyeConfig config;

    ProjectConfig(Path baseDir, Path classesDir, String profile) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().addDefaultSources().withProfile(profile);
        Path built = classesDir.resolve("application.properties");
        Path source = baseDir.resolve("src/main/resources/application.properties");
        Path file = Files.exists(built) ? built : source;
        if (Files.exists(file)) {
            try {
                URL url = file.toUri().toURL();
                builder.withSources(new PropertiesConfigSource(url, 250));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        this.config = builder.build();
    }

    Optional<String> get(String name) {
        return config.getOptionalValue(name, String.class);
    }

    String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    /** PostgreSQL when a reactive URL is configured (or quarkus.retort.database says so), else SQLite. */
    boolean postgres() {
        String database = get("quarkus.retort.database", "auto");
        if (database.equalsIgnoreCase("sqlite")) {
            return false;
        }
        return database.equalsIgnoreCase("postgresql") || get("quarkus.datasource.reactive.url").isPresent();
    }

    Duration lockTimeout() {
        return config.getOptionalValue("quarkus.retort.lock-timeout", Duration.class).orElse(Duration.ofSeconds(60));
    }
}
