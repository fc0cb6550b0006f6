package io.retort.model;

import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Hibernate itself on a scratch PostgreSQL database: to validate a schema or create its own. */
final class HibernateBoot {

    private HibernateBoot() {
    }

    /** Starts Hibernate with {@code action} (validate, create) on the PostgreSQL database, then closes it. */
    static void run(String database, List<Class<?>> entities, String action) {
        run("org.hibernate.dialect.PostgreSQLDialect", "jdbc:postgresql://127.0.0.1:5432/" + database, entities, action);
    }

    /** The same on an SQLite file, with Hibernate's community SQLite dialect. */
    static void runSqlite(java.nio.file.Path file, List<Class<?>> entities, String action) {
        run("org.hibernate.community.dialect.SQLiteDialect", "jdbc:sqlite:" + file, entities, action);
    }

    private static void run(String dialect, String url, List<Class<?>> entities, String action) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(Map.of(
                        "hibernate.dialect", dialect,
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", "postgres",
                        "hibernate.hbm2ddl.auto", action,
                        "hibernate.connection.pool_size", "1"))
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                factory.getSchemaManager();
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
