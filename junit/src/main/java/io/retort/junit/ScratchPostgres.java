package io.retort.junit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.retort.app.DataSourceSettings;
import io.retort.app.RetortApplication;
import io.retort.dialect.ScratchDatabase;
import io.vertx.mutiny.core.Vertx;
import java.util.Map;

/**
 * A fresh database for a {@code @QuarkusTest} run, dropped after it:
 * {@code @QuarkusTestResource(ScratchPostgres.class)}. It is made like the application's default
 * datasource under the test profile (a new database on the server of its reactive URL, with the
 * configured user and password; a temporary file on SQLite), so every run starts from an empty
 * database that Retort migrates.
 */
public class ScratchPostgres implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private ScratchDatabase scratch;

    @Override
    public Map<String, String> start() {
        RetortApplication application = KitApplication.read("test");
        vertx = Vertx.vertx();
        scratch = application.database(DataSourceSettings.DEFAULT).scratch(vertx, application.settings(DataSourceSettings.DEFAULT));
        return scratch.applicationSettings();
    }

    @Override
    public void stop() {
        try {
            scratch.close();
        } finally {
            vertx.closeAndAwait();
        }
    }
}
