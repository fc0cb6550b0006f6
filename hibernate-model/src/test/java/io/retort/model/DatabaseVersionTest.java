package io.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.app.ApplicationSettings;
import io.retort.app.SettingsSource;
import io.retort.dialect.postgres.PostgresSupport;
import io.retort.model.events.Login;
import java.util.List;
import java.util.Map;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

/**
 * The entity model is read for the PostgreSQL version the application's own Hibernate maps for: the
 * one {@code quarkus.datasource.db-version} names, else the oldest its dialect supports, which is what
 * Hibernate assumes in the application when none is set. No version of Retort's own choosing.
 */
class DatabaseVersionTest {

    private static EntityModel read(Map<String, String> properties) {
        return ApplicationEntities.read(List.of(Login.class.getName()), DatabaseVersionTest.class.getClassLoader(),
                ApplicationSettings.read(SettingsSource.of(properties)), new PostgresSupport());
    }

    @Test
    void theVersionTheApplicationDeclares() {
        assertEquals("16.0", read(Map.of("quarkus.datasource.db-version", "16")).databaseVersion());
        assertEquals("15.4", read(Map.of("quarkus.datasource.db-version", "15.4")).databaseVersion());
    }

    @Test
    void withoutOneTheVersionHibernateAssumes() {
        assertEquals(new PostgreSQLDialect().getVersion().toString(), read(Map.of()).databaseVersion());
    }

    @Test
    void aVersionThatIsNotOneIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("quarkus.datasource.db-version", "latest")));
        assertTrue(error.getMessage().startsWith("quarkus.datasource.db-version=latest is not a version"), error.getMessage());
    }
}
