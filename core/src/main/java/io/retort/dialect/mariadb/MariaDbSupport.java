package io.retort.dialect.mariadb;

import io.retort.app.DataSourceSettings;
import io.retort.dialect.DatabaseSupport;
import io.retort.dialect.Dialect;
import io.retort.dialect.ReactiveUrls;
import io.retort.dialect.ScratchDatabase;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.Optional;
import java.util.Set;

/** MariaDB, reached through the application's reactive pool (quarkus-reactive-mysql-client). */
public final class MariaDbSupport implements DatabaseSupport {

    @Override
    public String name() {
        return MariaDbDialect.NAME;
    }

    /**
     * Quarkus's db-kind for MariaDB. MySQL ({@code mysql}) is left out on purpose: its DDL differs
     * where Retort relies on MariaDB's (IF [NOT] EXISTS on ALTER TABLE, UUID, sequences); see
     * docs/databases.md.
     */
    @Override
    public Set<String> dbKinds() {
        return Set.of("mariadb");
    }

    /** Both schemes the reactive MySQL client reads; Quarkus's own MariaDB examples write {@code mysql://}. */
    @Override
    public Set<String> urlSchemes() {
        return Set.of("mariadb", "mysql");
    }

    @Override
    public Optional<String> clientCapability() {
        return Optional.of("io.quarkus.reactive-mysql-client");
    }

    @Override
    public String mappedAs() {
        return "MariaDB";
    }

    @Override
    public int maxRevisionIdLength() {
        return 64;
    }

    @Override
    public Dialect dialect(DataSourceSettings settings) {
        return new MariaDbDialect();
    }

    // The pool code sits in MariaDbPools so that applications without the MySQL client never load it.
    @Override
    public Pool openPool(Vertx vertx, DataSourceSettings settings, String purpose) {
        return MariaDbPools.open(vertx, settings);
    }

    @Override
    public String describe(DataSourceSettings settings) {
        return settings.reactiveUrl().map(ReactiveUrls::withoutPassword).orElse(MariaDbDialect.NAME);
    }

    @Override
    public ScratchDatabase scratch(Vertx vertx, DataSourceSettings settings) {
        return MariaDbPools.scratch(vertx, settings, dialect(settings));
    }
}
