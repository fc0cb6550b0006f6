package io.retort.runtime;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.dialect.sqlite.SqliteDialect;
import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.engine.RetortOptions;
import io.retort.runtime.RetortRuntimeConfig.DataSourceRuntimeConfig;
import io.retort.runtime.RetortRuntimeConfig.ValidationFailure;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.List;

/** Turns a datasource's configuration into the engine's dialect and options. */
final class RetortFactory {

    private RetortFactory() {
    }

    static Retort create(String datasource, List<LoadedRevision> revisions, boolean postgres, Pool pool,
            DataSourceRuntimeConfig settings) {
        Dialect dialect = postgres ? new PostgresDialect(settings.schema().orElse(null)) : new SqliteDialect();
        RetortOptions options = RetortOptions.defaults()
                .withTables(settings.versionTable(), settings.historyTable())
                .withLockTimeout(settings.lockTimeout())
                .withChecksumPolicy(settings.onValidationError() == ValidationFailure.FAIL
                        ? RetortOptions.ChecksumPolicy.FAIL
                        : RetortOptions.ChecksumPolicy.WARN)
                .withLockTimeoutSetting(property(datasource, "lock-timeout"));
        return Retort.of(revisions, dialect, pool, options);
    }

    /** The full name of a setting of this datasource, for messages. */
    static String property(String datasource, String name) {
        return DataSourceUtil.isDefault(datasource) ? "quarkus.retort." + name : "quarkus.retort.\"" + datasource + "\"." + name;
    }
}
