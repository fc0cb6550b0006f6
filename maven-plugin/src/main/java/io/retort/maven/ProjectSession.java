package io.retort.maven;

import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.dialect.sqlite.SqliteDialect;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.jdbcclient.JDBCPool;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * One goal's view of the application: its configuration, its classes, and the engine over its
 * database (connected only when a goal needs the database).
 */
final class ProjectSession implements AutoCloseable {

    private final Path baseDir;
    private final ProjectConfig config;
    private final ProjectClasses classes;
    private final Dialect dialect;
    private Vertx vertx;
    private Pool pool;

    ProjectSession(Path baseDir, Path classesDir, List<Path> classpath, String profile) {
        this(baseDir, classesDir, classpath, profile, null);
    }

    /** {@code datasource} null for the default one, else a named datasource's name. */
    ProjectSession(Path baseDir, Path classesDir, List<Path> classpath, String profile, String datasource) {
        this.baseDir = baseDir;
        this.config = new ProjectConfig(baseDir, classesDir, profile, datasource);
        this.classes = new ProjectClasses(classesDir, classpath);
        this.dialect = config.postgres() ? new PostgresDialect(config.get(config.retort("schema")).orElse(null)) : new SqliteDialect();
    }

    ProjectClasses classes() {
        return classes;
    }

    Path baseDir() {
        return baseDir;
    }

    /** The engine with no database: graph, replay, offline SQL, check. */
    Retort offline() {
        return Retort.of(revisions(), dialect, null, options());
    }

    /** The engine on the application's database. */
    Retort connected() {
        return Retort.of(revisions(), dialect, pool(), options());
    }

    /** The revisions this datasource owns (by package, as the extension assigns them). */
    private List<io.retort.engine.LoadedRevision> revisions() {
        return classes.revisions().stream().filter(r -> config.owns(r.node().source())).toList();
    }

    /** Where the database is, for messages. */
    String databaseDescription() {
        String where = config.postgres() ? config.get(config.datasource("reactive.url"), "postgresql") : sqlitePath().toString();
        return config.datasourceName().equals("<default>") ? where : where + " (datasource " + config.datasourceName() + ")";
    }

    private RetortOptions options() {
        return RetortOptions.defaults()
                .withTables(config.get(config.retort("version-table"), RetortOptions.DEFAULT_VERSION_TABLE),
                        config.get(config.retort("history-table"), RetortOptions.DEFAULT_HISTORY_TABLE))
                .withLockTimeout(config.lockTimeout())
                .withLockTimeoutSetting(config.retort("lock-timeout"));
    }

    private Path sqlitePath() {
        Path path = Path.of(config.get(config.retort("sqlite.path"), "app.db"));
        return path.isAbsolute() ? path : baseDir.resolve(path);
    }

    private Pool pool() {
        if (pool == null) {
            vertx = Vertx.vertx();
            if (config.postgres()) {
                String url = config.get(config.datasource("reactive.url")).orElseThrow(() -> new IllegalStateException(
                        "No database: set " + config.datasource("reactive.url") + " in application.properties (or its"
                                + " environment variable)"));
                PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url);
                config.get(config.datasource("username")).ifPresent(options::setUser);
                config.get(config.datasource("password")).ifPresent(options::setPassword);
                pool = PgPool.pool(vertx, options, new PoolOptions().setMaxSize(2));
            } else {
                pool = JDBCPool.pool(vertx, new JDBCConnectOptions().setJdbcUrl("jdbc:sqlite:" + sqlitePath() + "?foreign_keys=true"),
                        new PoolOptions().setMaxSize(2).setName("retort-maven-" + System.nanoTime()));
            }
        }
        return pool;
    }

    @Override
    public void close() throws Exception {
        if (pool != null) {
            pool.closeAndAwait();
        }
        if (vertx != null) {
            vertx.closeAndAwait();
        }
        classes.close();
    }
}
