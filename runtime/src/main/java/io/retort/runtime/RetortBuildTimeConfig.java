package io.retort.runtime;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigDocSection;
import io.quarkus.runtime.annotations.ConfigGroup;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;
import io.smallrye.config.WithUnnamedKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Retort's build-time configuration: which database each datasource uses and which revisions it owns. */
@ConfigMapping(prefix = "quarkus.retort")
@ConfigRoot(phase = ConfigPhase.BUILD_TIME)
public interface RetortBuildTimeConfig {

    /** Per datasource: {@code quarkus.retort.*} for the default one, {@code quarkus.retort."name".*} for a named one. */
    @ConfigDocMapKey("datasource-name")
    @ConfigDocSection
    @WithParentName
    @WithUnnamedKey(DataSourceUtil.DEFAULT_DATASOURCE_NAME)
    @WithDefaults
    Map<String, DataSourceBuildTimeConfig> datasources();

    /** Build-time settings of one datasource. */
    @ConfigGroup
    interface DataSourceBuildTimeConfig {

        /**
         * The database this datasource migrates. {@code auto} picks PostgreSQL when the application
         * has {@code quarkus-reactive-pg-client} and the embedded SQLite file otherwise.
         */
        @WithDefault("auto")
        DatabaseChoice database();

        /**
         * Java packages (and their subpackages) whose revisions belong to this datasource. The default
         * datasource owns every revision no named datasource claims.
         */
        Optional<List<String>> packages();
    }

    /** The databases Retort migrates. */
    enum DatabaseChoice {
        /** PostgreSQL when quarkus-reactive-pg-client is present, SQLite otherwise. */
        AUTO,
        /** PostgreSQL through the application's reactive pool. */
        POSTGRESQL,
        /** An SQLite file through a Vert.x JDBC pool Retort creates. */
        SQLITE
    }
}
