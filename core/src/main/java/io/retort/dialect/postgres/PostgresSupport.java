package io.retort.dialect.postgres;

import io.retort.app.DataSourceSettings;
import io.retort.dialect.DatabaseSupport;
import io.retort.dialect.Dialect;
import io.retort.dialect.ReactiveUrls;
import io.retort.dialect.ScratchDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.Optional;
import java.util.Set;

/** PostgreSQL, reached through the application's reactive pool (quarkus-reactive-pg-client). */
public final class PostgresSupport implements DatabaseSupport {

    public static final String NAME = "postgresql";

    @Override
    public String name() {
        return NAME;
    }

    /** The db-kinds Quarkus accepts for PostgreSQL. */
    @Override
    public Set<String> dbKinds() {
        return Set.of("postgresql", "pgsql", "pg", "postgres");
    }

    @Override
    public Set<String> urlSchemes() {
        return Set.of("postgresql", "postgres");
    }

    @Override
    public Optional<String> clientCapability() {
        return Optional.of("io.quarkus.reactive-pg-client");
    }

    /** The version table's {@code version_num VARCHAR(64)}, which PostgreSQL enforces. */
    @Override
    public int maxRevisionIdLength() {
        return 64;
    }

    @Override
    public Dialect dialect(DataSourceSettings settings) {
        return new PostgresDialect(settings.schema().orElse(null));
    }

    // The pool code sits in PostgresPools so that applications without the PostgreSQL client never load it.
    @Override
    public Pool openPool(Vertx vertx, DataSourceSettings settings, String purpose) {
        return PostgresPools.open(vertx, settings);
    }

    @Override
    public String describe(DataSourceSettings settings) {
        return settings.reactiveUrl().map(ReactiveUrls::withoutPassword).orElse(NAME);
    }

    @Override
    public ScratchDatabase scratch(Vertx vertx, DataSourceSettings settings) {
        return PostgresPools.scratch(vertx, settings, dialect(settings));
    }
}
