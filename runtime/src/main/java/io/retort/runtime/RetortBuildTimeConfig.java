package io.retort.runtime;

import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigDocSection;
import io.quarkus.runtime.annotations.ConfigGroup;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.retort.app.RetortDefaults;
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

    /**
     * Settings per datasource
     * <p>
     * {@code quarkus.retort.*} for the default datasource, {@code quarkus.retort."name".*} for a named one.
     */
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
         * The database this datasource migrates: {@code auto}, {@code postgresql} or {@code sqlite}.
         * {@code auto} follows the datasource's {@code db-kind}, else its reactive URL, else the
         * reactive client the application has ({@code quarkus-reactive-pg-client}), else the embedded
         * SQLite file. A database Retort does not support fails the build.
         */
        @WithDefault(RetortDefaults.DATABASE)
        String database();

        /**
         * Java packages (and their subpackages) whose revisions belong to this datasource. The default
         * datasource owns every revision no named datasource claims.
         */
        Optional<List<String>> packages();

        /** The lock rules over this datasource's revisions, at build time and in {@code retort:lint} (see docs/safety.md). */
        LintConfig lint();
    }

    /** How the lock rules judge the revisions. */
    @ConfigGroup
    interface LintConfig {

        /** Whether a finding no {@code @Allow} accepts fails the build (and {@code retort:lint}) instead of being a warning. */
        @WithDefault("false")
        boolean fail();

        /**
         * The newest revision every environment has applied: it and every revision below it are not
         * linted again. By default every revision is.
         */
        Optional<String> deployed();
    }
}
