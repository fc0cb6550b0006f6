package io.retort.runtime;

import io.retort.app.DataSourceSettings;
import io.retort.dialect.Dialects;
import io.retort.dialect.Dialect;
import io.retort.engine.ChainAtHead;
import io.retort.engine.Retort;
import io.retort.engine.RevisionChain;
import io.retort.engine.RetortOptions;
import io.retort.runtime.RetortRuntimeConfig.ValidationFailure;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.function.Function;

/** Turns a datasource's settings, as core reads them, into the engine over its pool. */
final class RetortFactory {

    private RetortFactory() {
    }

    /** The engine of a datasource; {@code chain} builds its revision chain on the dialect, when first needed. */
    static Retort create(String datasource, Function<Dialect, RevisionChain> chain, ChainAtHead atHead, String database, Pool pool,
            ValidationFailure onFailure) {
        DataSourceSettings settings = settings(datasource);
        RetortOptions options = settings.options().withChecksumPolicy(onFailure == ValidationFailure.FAIL
                ? RetortOptions.ChecksumPolicy.FAIL
                : RetortOptions.ChecksumPolicy.WARN);
        Dialect dialect = Dialects.require(database).dialect(settings);
        return Retort.lazy(dialect, () -> chain.apply(dialect), atHead, pool, options);
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
