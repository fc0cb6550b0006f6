package io.retort.app;

import io.retort.dialect.DatabaseSupport;
import io.retort.dialect.Dialects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application's Retort settings, read once from its configuration: its datasources, which
 * datasource owns a revision class, which database each one migrates, and the entity naming
 * settings Hibernate applies. Every surface asks this instead of working it out itself.
 */
public final class ApplicationSettings {

    private static final Pattern NAMED = Pattern.compile("quarkus\\.retort\\.\"([^\"]+)\"\\..+");

    /** Quarkus reactive clients of databases Retort does not migrate, named in the error when an application has one. */
    private static final Map<String, String> OTHER_CLIENTS = Map.of(
            "io.quarkus.reactive-mysql-client", "io.quarkus:quarkus-reactive-mysql-client (MySQL, MariaDB)",
            "io.quarkus.reactive-mssql-client", "io.quarkus:quarkus-reactive-mssql-client (SQL Server)",
            "io.quarkus.reactive-oracle-client", "io.quarkus:quarkus-reactive-oracle-client (Oracle)",
            "io.quarkus.reactive-db2-client", "io.quarkus:quarkus-reactive-db2-client (Db2)");

    private final SettingsSource source;
    private final Map<String, DataSourceSettings> datasources = new LinkedHashMap<>();

    private ApplicationSettings(SettingsSource source) {
        this.source = source;
        datasources.put(DataSourceSettings.DEFAULT, DataSourceSettings.read(DataSourceSettings.DEFAULT, source));
        Set<String> named = new TreeSet<>();
        for (String key : source.names()) {
            Matcher matcher = NAMED.matcher(key);
            if (matcher.matches()) {
                named.add(matcher.group(1));
            }
        }
        named.forEach(name -> datasources.put(name, DataSourceSettings.read(name, source)));
    }

    public static ApplicationSettings read(SettingsSource source) {
        return new ApplicationSettings(source);
    }

    /** The default datasource first, then every datasource with {@code quarkus.retort."name".*} settings. */
    public List<String> datasourceNames() {
        return List.copyOf(datasources.keySet());
    }

    /** A datasource's lint settings ({@code quarkus.retort.lint.*}). */
    public LintSettings lint(String datasource) {
        return LintSettings.read(datasource, source);
    }

    /** A datasource's settings; one that has no Retort settings reads as all defaults. */
    public DataSourceSettings datasource(String name) {
        String key = DataSourceSettings.isDefault(name) ? DataSourceSettings.DEFAULT : name;
        return datasources.computeIfAbsent(key, missing -> DataSourceSettings.read(missing, source));
    }

    /**
     * The datasource that owns a revision class: the named datasource with the longest of its
     * {@code packages} containing the class; the default datasource when none does.
     */
    public String owner(String className) {
        String best = DataSourceSettings.DEFAULT;
        int bestLength = -1;
        for (DataSourceSettings settings : datasources.values()) {
            if (settings.isDefault()) {
                continue;
            }
            for (String pkg : settings.packages()) {
                if (className.startsWith(pkg + ".") && pkg.length() > bestLength) {
                    best = settings.datasource();
                    bestLength = pkg.length();
                }
            }
        }
        return best;
    }

    /**
     * Whether Quarkus indexes a dependency because the application names it in
     * {@code quarkus.index-dependency."name".group-id} (and {@code artifact-id}, when given).
     */
    public boolean indexesDependency(String groupId, String artifactId) {
        if (groupId == null) {
            return false;
        }
        Pattern key = Pattern.compile("quarkus\\.index-dependency\\.(.+)\\.group-id");
        for (String name : source.names()) {
            Matcher matcher = key.matcher(name);
            if (matcher.matches() && source.get(name).filter(groupId::equals).isPresent()) {
                Optional<String> artifact = source.get("quarkus.index-dependency." + matcher.group(1) + ".artifact-id");
                if (artifact.isEmpty() || artifact.get().equals(artifactId)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The Hibernate settings that decide how entities map, as Quarkus passes them on: the naming
     * strategies ({@code quarkus.hibernate-orm.physical-naming-strategy} and {@code implicit-naming-strategy})
     * and the database version the mapping is for ({@code quarkus.datasource.db-version}; without it
     * Hibernate assumes the oldest version its dialect supports, in the application as here).
     */
    private static final Pattern DB_VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.\\d+)?.*");

    public Map<String, String> entityMapping() {
        Map<String, String> naming = new LinkedHashMap<>();
        source.get("quarkus.hibernate-orm.physical-naming-strategy").ifPresent(s -> naming.put("hibernate.physical_naming_strategy", s));
        source.get("quarkus.hibernate-orm.implicit-naming-strategy").ifPresent(s -> naming.put("hibernate.implicit_naming_strategy", s));
        source.get("quarkus.datasource.db-version").ifPresent(version -> {
            Matcher parts = DB_VERSION.matcher(version.trim());
            if (!parts.matches()) {
                throw new IllegalArgumentException("quarkus.datasource.db-version=" + version
                        + " is not a version: write it as Quarkus does, major[.minor[.micro]] (for example 16 or 15.4)");
            }
            naming.put("jakarta.persistence.database-major-version", parts.group(1));
            if (parts.group(2) != null) {
                naming.put("jakarta.persistence.database-minor-version", parts.group(2));
            }
        });
        return naming;
    }

    /**
     * The database a datasource migrates, given the Quarkus capabilities the application has:
     * {@code quarkus.retort.database} when set; else the datasource's {@code db-kind}; else its
     * reactive URL's scheme; else the reactive client the application has; else the embedded
     * database. A database Retort does not support is an error naming what to change.
     */
    public DatabaseSupport database(String datasource, Set<String> capabilities) {
        DataSourceSettings settings = datasource(datasource);
        if (!settings.database().equalsIgnoreCase(RetortDefaults.DATABASE)) {
            DatabaseSupport chosen = Dialects.named(settings.database()).orElseThrow(() -> new IllegalStateException(
                    settings.property("database") + "=" + settings.database() + " is not a database Retort supports; use auto, "
                            + Dialects.names()));
            requireClient(settings, chosen, capabilities, settings.property("database") + "=" + chosen.name());
            return chosen;
        }
        if (settings.dbKind().isPresent()) {
            DatabaseSupport chosen = Dialects.forDbKind(settings.dbKind().get()).orElseThrow(() -> unsupported(settings,
                    settings.datasourceProperty("db-kind") + "=" + settings.dbKind().get()));
            requireClient(settings, chosen, capabilities, settings.datasourceProperty("db-kind") + "=" + settings.dbKind().get());
            return chosen;
        }
        if (settings.reactiveUrl().isPresent()) {
            DatabaseSupport chosen = Dialects.forUrl(settings.reactiveUrl().get()).orElseThrow(() -> unsupported(settings,
                    settings.datasourceProperty("reactive.url") + "=" + settings.reactiveUrl().get()));
            requireClient(settings, chosen, capabilities, settings.datasourceProperty("reactive.url"));
            return chosen;
        }
        for (DatabaseSupport candidate : Dialects.all()) {
            if (candidate.clientCapability().filter(capabilities::contains).isPresent()) {
                return candidate;
            }
        }
        List<String> others = new ArrayList<>();
        OTHER_CLIENTS.forEach((capability, client) -> {
            if (capabilities.contains(capability)) {
                others.add(client);
            }
        });
        if (!others.isEmpty()) {
            throw unsupported(settings, "the application's reactive client " + String.join(", ", others));
        }
        return Dialects.all().stream().filter(DatabaseSupport::embedded).findFirst().orElseThrow();
    }

    private static void requireClient(DataSourceSettings settings, DatabaseSupport chosen, Set<String> capabilities, String why) {
        Optional<String> capability = chosen.clientCapability();
        if (capability.isPresent() && !capabilities.contains(capability.get())) {
            throw new IllegalStateException(sentence(settings.describe()) + " migrates " + chosen.name() + " (" + why
                    + ") but the application has no " + clientArtifact(capability.get()) + "; add that dependency, or set "
                    + settings.property("database") + "=" + Dialects.all().stream().filter(DatabaseSupport::embedded)
                            .map(DatabaseSupport::name).findFirst().orElse("auto"));
        }
    }

    private static IllegalStateException unsupported(DataSourceSettings settings, String why) {
        return new IllegalStateException(sentence(settings.describe()) + " uses a database Retort does not migrate (" + why
                + "); Retort migrates " + Dialects.names() + ". Set " + settings.property("database")
                + "=sqlite to migrate an embedded SQLite file instead, or remove quarkus-retort");
    }

    private static String sentence(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code io.quarkus.reactive-pg-client} → {@code io.quarkus:quarkus-reactive-pg-client}. */
    private static String clientArtifact(String capability) {
        return capability.startsWith("io.quarkus.") ? "io.quarkus:quarkus-" + capability.substring("io.quarkus.".length()) : capability;
    }
}
