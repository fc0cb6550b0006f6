package io.retort.maven;

import io.retort.app.ApplicationIndex;
import io.retort.app.ApplicationIndex.Archive;
import io.retort.app.ApplicationProperties;
import io.retort.app.ApplicationSettings;
import io.retort.app.DataSourceSettings;
import io.retort.app.ExtensionCapabilities;
import io.retort.app.RetortApplication;
import io.retort.app.SettingsSource;
import io.retort.dialect.DatabaseSupport;
import io.retort.engine.Retort;
import io.retort.model.ApplicationEntities;
import io.retort.model.EntityModel;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One goal's view of the application, as core reads it: the project's classes and its dependency
 * jars (indexed the way Quarkus indexes them), its application.properties under the chosen profile,
 * its Quarkus extensions; and the engine over the chosen datasource's database (connected only when
 * a goal needs the database).
 */
final class ProjectSession implements AutoCloseable {

    /** A dependency jar with its coordinates (null when unknown), for {@code quarkus.index-dependency}. */
    record Dependency(String groupId, String artifactId, Path file) {
    }

    private final Path baseDir;
    private final Path classesDir;
    private final String datasource;
    private final RetortApplication application;
    private final URLClassLoader loader;
    private Vertx vertx;
    private Pool pool;

    /** A project whose dependencies' coordinates are unknown (tests). */
    static ProjectSession of(Path baseDir, Path classesDir, List<Path> classpath, String profile, String datasource) {
        return new ProjectSession(baseDir, classesDir, classpath.stream().map(path -> new Dependency(null, null, path)).toList(),
                profile, datasource);
    }

    /** {@code datasource} null or blank for the default one, else a named datasource's name. */
    ProjectSession(Path baseDir, Path classesDir, List<Dependency> dependencies, String profile, String datasource) {
        this.baseDir = baseDir;
        this.classesDir = classesDir;
        this.datasource = DataSourceSettings.isDefault(datasource) ? DataSourceSettings.DEFAULT : datasource;
        ApplicationSettings settings = ApplicationSettings.read(properties(baseDir, classesDir, profile));
        List<Archive> archives = new ArrayList<>();
        archives.add(Archive.own(classesDir));
        List<Path> jars = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            if (!dependency.file().equals(classesDir)) {
                archives.add(Archive.dependency(dependency.file(), settings.indexesDependency(dependency.groupId(), dependency.artifactId())));
                jars.add(dependency.file());
            }
        }
        this.application = RetortApplication.read(settings, ApplicationIndex.of(archives), ExtensionCapabilities.ofJars(jars));
        this.loader = new URLClassLoader(urls(classesDir, jars), ProjectSession.class.getClassLoader());
    }

    /** application.properties from the build output, else from the sources; none is fine. */
    private static SettingsSource properties(Path baseDir, Path classesDir, String profile) {
        Path built = classesDir.resolve("application.properties");
        Path source = baseDir.resolve("src/main/resources/application.properties");
        Path file = Files.exists(built) ? built : source;
        try {
            return ApplicationProperties.read(Files.exists(file) ? file.toUri().toURL() : null, profile);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static URL[] urls(Path classesDir, List<Path> jars) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classesDir.toUri().toURL());
            for (Path jar : jars) {
                urls.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
        return urls.toArray(URL[]::new);
    }

    RetortApplication application() {
        return application;
    }

    String datasource() {
        return datasource;
    }

    Path baseDir() {
        return baseDir;
    }

    Path classesDir() {
        return classesDir;
    }

    /** Fails when a revision class is broken or the datasource's database is not one Retort supports. */
    void requireReadable() {
        // Several heads are left to the goals: heads, branches and merge exist to show and join them.
        List<String> problems = application.problemsOutsideGraphs();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Retort found " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + " in this project:\n  - " + String.join("\n  - ", problems));
        }
    }

    /** The engine with no database: graph, replay, offline SQL, check. */
    Retort offline() {
        return application.retort(datasource, loader, null);
    }

    /** The engine on the application's database. */
    Retort connected() {
        return application.retort(datasource, loader, pool());
    }

    /** The entity model, or none when the application has no entity. */
    java.util.Optional<EntityModel> entityModel() {
        List<String> entities = application.entityClassNames();
        if (entities.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(ApplicationEntities.read(entities, loader, application.settings(), application.database(DataSourceSettings.DEFAULT)));
    }

    /** Where the database is, for messages. */
    String databaseDescription() {
        String where = database().describe(settings());
        return DataSourceSettings.isDefault(datasource) ? where : where + " (datasource " + datasource + ")";
    }

    private DatabaseSupport database() {
        return application.database(datasource);
    }

    /** The datasource's settings, an SQLite file taken from the project directory. */
    DataSourceSettings settings() {
        return application.settings(datasource).withSqliteFileIn(baseDir);
    }

    private Pool pool() {
        if (pool == null) {
            vertx = Vertx.vertx();
            pool = database().openPool(vertx, settings(), "maven-" + System.nanoTime());
        }
        return pool;
    }

    @Override
    public void close() throws IOException {
        if (pool != null) {
            pool.closeAndAwait();
        }
        if (vertx != null) {
            vertx.closeAndAwait();
        }
        loader.close();
    }
}
