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
    private final String datasource;

    ProjectConfig(Path baseDir, Path classesDir, String profile) {
        this(baseDir, classesDir, profile, null);
    }

    /** {@code datasource} null or blank for the default one. */
    ProjectConfig(Path baseDir, Path classesDir, String profile, String datasource) {
        this.datasource = datasource == null || datasource.isBlank() || datasource.equals("<default>") ? null : datasource;
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

    /** A Retort setting of this datasource: {@code quarkus.retort.x} or {@code quarkus.retort."name".x}. */
    String retort(String property) {
        return datasource == null ? "quarkus.retort." + property : "quarkus.retort.\"" + datasource + "\"." + property;
    }

    /** A datasource setting: {@code quarkus.datasource.x} or {@code quarkus.datasource."name".x}. */
    String datasource(String property) {
        return datasource == null ? "quarkus.datasource." + property : "quarkus.datasource.\"" + datasource + "\"." + property;
    }

    String datasourceName() {
        return datasource == null ? "<default>" : datasource;
    }

    /** PostgreSQL when a reactive URL is configured (or quarkus.retort.database says so), else SQLite. */
    boolean postgres() {
        String database = get(retort("database"), "auto");
        if (database.equalsIgnoreCase("sqlite")) {
            return false;
        }
        return database.equalsIgnoreCase("postgresql") || get(datasource("reactive.url")).isPresent();
    }

    Duration lockTimeout() {
        return config.getOptionalValue(retort("lock-timeout"), Duration.class).orElse(Duration.ofSeconds(60));
    }

    /**
     * Whether a revision class belongs to this datasource: in one of its packages for a named one;
     * for the default one, in no named datasource's packages.
     */
    boolean owns(String className) {
        java.util.Map<String, java.util.List<String>> named = new java.util.HashMap<>();
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("quarkus\\.retort\\.\"([^\"]+)\"\\.packages");
        for (String name : config.getPropertyNames()) {
            java.util.regex.Matcher matcher = key.matcher(name);
            if (matcher.matches()) {
                named.put(matcher.group(1), java.util.Arrays.stream(config.getValue(name, String.class).split(","))
                        .map(String::trim).filter(p -> !p.isEmpty()).toList());
            }
        }
        java.util.function.Predicate<java.util.List<String>> within = packages -> packages.stream().anyMatch(p -> className.startsWith(p + "."));
        if (datasource != null) {
            return within.test(named.getOrDefault(datasource, java.util.List.of()));
        }
        return named.values().stream().noneMatch(within);
    }
}
