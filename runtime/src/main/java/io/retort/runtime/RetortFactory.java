package io.retort.runtime;

import io.retort.app.DataSourceSettings;
import io.retort.dialect.Dialects;
import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.runtime.RetortRuntimeConfig.ValidationFailure;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.List;

/** Turns a datasource's settings, as core reads them, into the engine over its pool. */
final class RetortFactory {

    private RetortFactory() {
    }

    static Retort create(String datasource, List<LoadedRevision> revisions, String database, Pool pool, ValidationFailure onFailure) {
        DataSourceSettings settings = settings(datasource);
        RetortOptions options = settings.options().withChecksumPolicy(onFailure == ValidationFailure.FAIL
                ? RetortOptions.ChecksumPolicy.FAIL
                : RetortOptions.ChecksumPolicy.WARN);
        return Retort.of(revisions, Dialects.require(database).dialect(settings), pool, options);
    }

    /** A datasource's settings read by core from the application's configuration. */
    static DataSourceSettings settings(String datasource) {
        return DataSourceSettings.read(datasource, ConfigSettings.current());
    }

    /** The full name of a setting of this datasource, for messages. */
    static String property(String datasource, String name) {
        return settings(datasource).property(name);
    }
}
