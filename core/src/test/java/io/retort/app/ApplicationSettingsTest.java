package io.retort.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The settings every surface reads the same way: datasources, ownership, database choice, naming. */
class ApplicationSettingsTest {

    private static final String PG = "io.quarkus.reactive-pg-client";
    private static final String MYSQL = "io.quarkus.reactive-mysql-client";

    private static ApplicationSettings settings(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return ApplicationSettings.read(SettingsSource.of(values));
    }

    @Test
    void namedDatasourcesComeFromTheirRetortSettings() {
        ApplicationSettings settings = settings("quarkus.retort.\"orders\".packages", "com.acme.orders",
                "quarkus.retort.\"billing\".lock-timeout", "5s", "quarkus.datasource.\"other\".db-kind", "postgresql");
        assertEquals(List.of("<default>", "billing", "orders"), settings.datasourceNames());
        assertEquals(Duration.ofSeconds(5), settings.datasource("billing").lockTimeout());
        assertEquals("quarkus.retort.\"billing\".lock-timeout", settings.datasource("billing").property("lock-timeout"));
    }

    @Test
    void theLongestPackageOwnsARevision() {
        ApplicationSettings settings = settings("quarkus.retort.\"shop\".packages", "com.acme",
                "quarkus.retort.\"stock\".packages", "com.acme.stock, com.other");
        assertEquals("stock", settings.owner("com.acme.stock.migrations.R1"));
        assertEquals("shop", settings.owner("com.acme.orders.R2"));
        assertEquals("stock", settings.owner("com.other.R3"));
        assertEquals("<default>", settings.owner("com.acmex.R4"), "a prefix must end at a package boundary");
    }

    @Test
    void theDatabaseFollowsTheSettingThenDbKindThenUrlThenTheClient() {
        assertEquals("sqlite", settings().database("<default>", Set.of()).name());
        assertEquals("postgresql", settings().database("<default>", Set.of(PG)).name());
        assertEquals("sqlite", settings("quarkus.retort.database", "sqlite").database("<default>", Set.of(PG)).name());
        assertEquals("postgresql", settings("quarkus.datasource.db-kind", "pg").database("<default>", Set.of(PG)).name());
        assertEquals("postgresql", settings("quarkus.datasource.reactive.url", "vertx-reactive:postgresql://h/db")
                .database("<default>", Set.of(PG)).name());
    }

    @Test
    void mariaDbIsReadFromItsKindItsUrlOrItsClient() {
        assertEquals("mariadb", settings("quarkus.datasource.db-kind", "mariadb").database("<default>", Set.of(MYSQL)).name());
        assertEquals("mariadb", settings("quarkus.datasource.reactive.url", "mysql://h/db").database("<default>", Set.of(MYSQL)).name());
        assertEquals("mariadb", settings("quarkus.datasource.reactive.url", "mariadb://h/db").database("<default>", Set.of(MYSQL)).name());
        assertEquals("mariadb", settings().database("<default>", Set.of(MYSQL)).name());
        IllegalStateException byUrl = assertThrows(IllegalStateException.class,
                () -> settings("quarkus.datasource.reactive.url", "mysql://h/db").database("<default>", Set.of()));
        assertTrue(byUrl.getMessage().contains("io.quarkus:quarkus-reactive-mysql-client"), byUrl.getMessage());
    }

    /** MySQL's DDL differs where the MariaDB dialect relies on MariaDB's (docs/databases.md): refused by name, not half supported. */
    @Test
    void mySqlIsAClearErrorNotAnSqliteFile() {
        IllegalStateException byKind = assertThrows(IllegalStateException.class,
                () -> settings("quarkus.datasource.db-kind", "mysql").database("<default>", Set.of(MYSQL)));
        assertTrue(byKind.getMessage().contains("quarkus.datasource.db-kind=mysql"), byKind.getMessage());
        assertTrue(byKind.getMessage().contains("Retort migrates postgresql, sqlite, mariadb"), byKind.getMessage());
    }

    @Test
    void aServerDatabaseNeedsItsClient() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> settings("quarkus.retort.\"x\".database", "postgresql").database("x", Set.of()));
        assertTrue(error.getMessage().contains("io.quarkus:quarkus-reactive-pg-client"), error.getMessage());
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> settings("quarkus.retort.database", "oracle").database("<default>", Set.of()));
        assertTrue(unknown.getMessage().contains("quarkus.retort.database=oracle is not a database Retort supports"), unknown.getMessage());
    }

    @Test
    void namingStrategiesAndIndexedDependencies() {
        ApplicationSettings settings = settings("quarkus.hibernate-orm.physical-naming-strategy", "com.acme.Naming",
                "quarkus.index-dependency.lib.group-id", "com.acme", "quarkus.index-dependency.lib.artifact-id", "lib");
        assertEquals(Map.of("hibernate.physical_naming_strategy", "com.acme.Naming"), settings.entityMapping());
        assertTrue(settings.indexesDependency("com.acme", "lib"));
        assertFalse(settings.indexesDependency("com.acme", "other"));
        assertFalse(settings.indexesDependency(null, null));
    }

    @Test
    void badValuesNameTheirSetting() {
        IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class,
                () -> settings("quarkus.retort.lock-timeout", "banana"));
        assertTrue(timeout.getMessage().startsWith("quarkus.retort.lock-timeout=banana is not a duration"), timeout.getMessage());
        assertEquals(Duration.ofMillis(500), settings("quarkus.retort.lock-timeout", "500ms").datasource(null).lockTimeout());
        assertEquals(Duration.ofMinutes(1), settings("quarkus.retort.lock-timeout", "PT1M").datasource(null).lockTimeout());
    }
}
