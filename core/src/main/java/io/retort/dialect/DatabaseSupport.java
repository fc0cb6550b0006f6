package io.retort.dialect;

import io.retort.app.DataSourceSettings;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.Optional;
import java.util.Set;

/**
 * One database Retort migrates, as every surface (build, start-up, Maven goals, test kit, Dev UI)
 * asks about it: its names, how its dialect is made from a datasource's settings, and how to open a
 * pool or a scratch database on it. Registered once in {@link Dialects}.
 */
public interface DatabaseSupport {

    /** The canonical name: {@code quarkus.retort.database}, {@code op.dialect()}, offline SQL headers. */
    String name();

    /** The Quarkus {@code db-kind}s that mean this database ({@code postgresql}, {@code pg}, ...). */
    Set<String> dbKinds();

    /** The scheme of a reactive URL on this database ({@code postgresql://...}); empty for an embedded one. */
    Set<String> urlSchemes();

    /** The Quarkus capability of the reactive client this database is reached through; empty for an embedded one. */
    Optional<String> clientCapability();

    /** The longest revision id this database's version table holds. */
    int maxRevisionIdLength();

    /**
     * The database product Hibernate reads the entities for (its {@code jakarta.persistence.database-product-name}),
     * so that the entity model has the types and names Hibernate's own DDL would have here.
     * PostgreSQL by default: the embedded SQLite's model is read through PostgreSQL's mapping.
     */
    default String mappedAs() {
        return "PostgreSQL";
    }

    /** Whether Retort opens this database itself (a file) instead of using the application's reactive pool. */
    default boolean embedded() {
        return clientCapability().isEmpty();
    }

    /** The dialect for a datasource with these settings (its schema, for one). */
    Dialect dialect(DataSourceSettings settings);

    /** A pool on the configured database, for tools that run outside the application (goals, test kit). */
    Pool openPool(Vertx vertx, DataSourceSettings settings, String purpose);

    /** Where the configured database is, for messages (a URL without password, or a file). */
    String describe(DataSourceSettings settings);

    /** A new empty database like the configured one (same server, or a temporary file), dropped when closed. */
    ScratchDatabase scratch(Vertx vertx, DataSourceSettings settings);
}
