package io.retort.model;

import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Hibernate itself on a scratch PostgreSQL, SQLite or MariaDB database: to validate a schema or create its own. */
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

    /**
     * The same on a MariaDB database of the local server (user root), with Hibernate's MariaDB
     * dialect. A DDL statement Hibernate's create cannot run stops it (by default Hibernate logs it
     * and goes on, which would leave the oracle without that table), and names MariaDB reserves
     * ({@code longText}) are quoted, as an application on MariaDB with such a name has to ask.
     */
    static void runMariaDb(String database, List<Class<?>> entities, String action) {
        run("org.hibernate.dialect.MariaDBDialect", "jdbc:mariadb://127.0.0.1:3306/" + database, "root", entities, action,
                Map.of("hibernate.hbm2ddl.halt_on_error", "true", "hibernate.auto_quote_keyword", "true"));
    }

    private static void run(String dialect, String url, List<Class<?>> entities, String action) {
        run(dialect, url, "postgres", entities, action, Map.of());
    }

    private static void run(String dialect, String url, String user, List<Class<?>> entities, String action, Map<String, String> more) {
        Map<String, Object> settings = new java.util.HashMap<>(more);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySettings(settings)
                .applySettings(Map.of(
                        "hibernate.dialect", dialect,
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", user,
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
