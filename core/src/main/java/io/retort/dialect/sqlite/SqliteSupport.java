package io.retort.dialect.sqlite;

import io.retort.app.DataSourceSettings;
import io.retort.dialect.DatabaseSupport;
import io.retort.dialect.Dialect;
import io.retort.dialect.ScratchDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.Optional;
import java.util.Set;

/** SQLite, the embedded default: a file Retort opens itself through a Vert.x JDBC pool. */
public final class SqliteSupport implements DatabaseSupport {

    @Override
    public String name() {
        return SqliteDialect.NAME;
    }

    @Override
    public Set<String> dbKinds() {
        return Set.of("sqlite");
    }

    @Override
    public Set<String> urlSchemes() {
        return Set.of();
    }

    @Override
    public Optional<String> clientCapability() {
        return Optional.empty();
    }

    /** The version table declares VARCHAR(64); SQLite does not enforce it, but the same revisions must run on PostgreSQL. */
    @Override
    public int maxRevisionIdLength() {
        return 64;
    }

    @Override
    public Dialect dialect(DataSourceSettings settings) {
        return new SqliteDialect();
    }

    @Override
    public Pool openPool(Vertx vertx, DataSourceSettings settings, String purpose) {
        return SqlitePools.open(vertx, SqlitePools.file(settings), settings.sqliteMaxPoolSize(), purpose);
    }

    @Override
    public String describe(DataSourceSettings settings) {
        return SqlitePools.file(settings).toString();
    }

    @Override
    public ScratchDatabase scratch(Vertx vertx, DataSourceSettings settings) {
        return SqlitePools.scratch(vertx, settings, dialect(settings));
    }
}
