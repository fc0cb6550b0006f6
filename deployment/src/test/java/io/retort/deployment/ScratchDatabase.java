package io.retort.deployment;

import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.dialect.sqlite.SqliteDialect;
import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.testing.PostgresTestDatabase;
import io.retort.testing.SqliteTestDatabase;
import io.retort.testing.TestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.nio.file.Path;
import java.util.List;

/**
 * A database created before the application under test starts (so its URL can go into the config)
 * and dropped after. A QuarkusUnitTest initializes the test class twice (JUnit's class loader and the
 * application's), so the first creation is remembered in a system property and the second attaches.
 */
final class ScratchDatabase implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final TestDatabase database;
    private final boolean postgres;
    private final boolean owner;

    private ScratchDatabase(String key, boolean postgres) {
        this.postgres = postgres;
        String property = "retort.test.scratch." + key;
        String existing = System.getProperty(property);
        this.owner = existing == null;
        if (postgres) {
            this.database = owner ? PostgresTestDatabase.create(vertx) : PostgresTestDatabase.attach(vertx, existing);
            if (owner) {
                System.setProperty(property, ((PostgresTestDatabase) database).name());
            }
        } else {
            this.database = owner ? SqliteTestDatabase.create(vertx) : SqliteTestDatabase.attach(vertx, Path.of(existing));
            if (owner) {
                System.setProperty(property, ((SqliteTestDatabase) database).directory().toString());
            }
        }
    }

    /** A PostgreSQL database for the test class {@code key}. */
    static ScratchDatabase postgres(String key) {
        return new ScratchDatabase(key, true);
    }

    /** An SQLite file for the test class {@code key}. */
    static ScratchDatabase sqlite(String key) {
        return new ScratchDatabase(key, false);
    }

    /** {@code quarkus.datasource.reactive.url} for PostgreSQL, {@code quarkus.retort.sqlite.path} for SQLite. */
    String url() {
        return postgres ? database.location().replace("postgresql://", "postgresql://postgres@") : database.location();
    }

    Dialect dialect() {
        return postgres ? new PostgresDialect() : new SqliteDialect();
    }

    /** The engine over this database, from outside the application. */
    Retort retort(List<LoadedRevision> revisions) {
        return Retort.of(revisions, dialect(), database.newPool(), RetortOptions.defaults());
    }

    void execute(String sql) {
        database.pool().query(sql).execute().await().indefinitely();
    }

    long count(String sql) {
        return ((Number) database.pool().query(sql).execute().await().indefinitely().iterator().next().getValue(0)).longValue();
    }

    @Override
    public void close() {
        if (owner) {
            database.close();
        }
        vertx.closeAndAwait();
    }
}
