package io.retort.deployment.devmode;

import io.quarkus.test.QuarkusDevModeTest;
import io.retort.testing.MariaDbTestDatabase;
import io.retort.testing.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.jboss.shrinkwrap.api.asset.StringAsset;

/** A `quarkus dev` application on a test database: no Dev Services, PostgreSQL, the given classes and settings. */
public final class DevModeApps {

    private DevModeApps() {
    }

    public static QuarkusDevModeTest postgres(PostgresTestDatabase db, List<String> settings, Class<?>... classes) {
        List<String> lines = new ArrayList<>(List.of(
                "quarkus.devservices.enabled=false",
                "quarkus.datasource.db-kind=postgresql",
                "quarkus.datasource.reactive.url=" + db.location(),
                "quarkus.datasource.username=" + PostgresTestDatabase.user()));
        lines.addAll(settings);
        return new QuarkusDevModeTest().withApplicationRoot(jar -> jar.addClasses(classes)
                .addAsResource(new StringAsset(String.join("\n", lines)), "application.properties"));
    }

    /** The same on a MariaDB database (db-kind mariadb, a mysql:// URL, the server's version). */
    public static QuarkusDevModeTest mariadb(MariaDbTestDatabase db, List<String> settings, Class<?>... classes) {
        var options = MariaDbTestDatabase.options(db.name());
        List<String> lines = new ArrayList<>(List.of(
                "quarkus.devservices.enabled=false",
                "quarkus.datasource.db-kind=mariadb",
                "quarkus.datasource.db-version=10.11",
                "quarkus.datasource.reactive.url=mysql://" + options.getHost() + ":" + options.getPort() + "/" + db.name(),
                "quarkus.datasource.username=" + options.getUser()));
        lines.addAll(settings);
        return new QuarkusDevModeTest().withApplicationRoot(jar -> jar.addClasses(classes)
                .addAsResource(new StringAsset(String.join("\n", lines)), "application.properties"));
    }
}
