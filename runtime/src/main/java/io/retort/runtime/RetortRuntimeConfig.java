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
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Retort's run-time configuration. */
@ConfigMapping(prefix = "quarkus.retort")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface RetortRuntimeConfig {

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
    Map<String, DataSourceRuntimeConfig> datasources();

    /** Run-time settings of one datasource. */
    @ConfigGroup
    interface DataSourceRuntimeConfig {

        /** Upgrade to the target revision (the target setting) when the application starts, before it serves requests or Hibernate validates its schema. */
        @WithDefault("true")
        boolean migrateAtStart();

        /**
         * When not migrating at start, still check the database at start: refuse (or warn, see
         * on-validation-error) a database ahead of the code or with edited revisions, and log
         * pending revisions.
         */
        @WithDefault("true")
        boolean validateAtStart();

        /**
         * What an applied revision edited since it was applied does at start: {@code fail} stops the
         * start, {@code warn} logs and goes on. After a deliberate edit, record the new checksum with
         * {@code retort:repair} instead.
         */
        @WithDefault("fail")
        ValidationFailure onValidationError();

        /**
         * What a database at a revision this application does not know (migrated by a newer version)
         * does at start: {@code fail} stops the start and changes nothing, {@code warn} logs and goes on
         * without migrating (an old instance in a rolling deploy). Separate from
         * {@code on-validation-error}, which covers edited revisions only.
         */
        @WithDefault("fail")
        ValidationFailure onDatabaseAhead();

        /** The revision to upgrade to at start: {@code head}, {@code heads}, an id, {@code label@head}, ... */
        @WithDefault("head")
        String target();

        /** The table holding one row per current head. */
        @WithDefault(RetortDefaults.VERSION_TABLE)
        String versionTable();

        /** The table recording every applied, unapplied and stamped revision. */
        @WithDefault(RetortDefaults.HISTORY_TABLE)
        String historyTable();

        /** PostgreSQL schema to migrate and keep Retort's tables in; the connection's current schema when unset. */
        Optional<String> schema();

        /** How long to wait for the migration lock another process holds before failing. */
        @WithDefault(RetortDefaults.LOCK_TIMEOUT)
        Duration lockTimeout();

        /**
         * How many revisions go to PostgreSQL in one request when applying, each still in its own
         * transaction (the first of a run always goes alone); {@code 1} sends every revision with its
         * own requests.
         */
        @WithDefault(RetortDefaults.REVISIONS_PER_REQUEST)
        int revisionsPerRequest();

        /** The embedded SQLite database. */
        SqliteConfig sqlite();

        /** How long the revisions' own statements may wait for table locks and run (PostgreSQL). */
        DdlConfig ddl();
    }

    /** The timeouts of the revisions' statements on PostgreSQL, apart from the migration lock's (see docs/safety.md). */
    @ConfigGroup
    interface DdlConfig {

        /**
         * How long each statement of a revision may wait for a table lock ({@code lock_timeout}): an
         * ALTER waiting behind a long transaction blocks every query on its table meanwhile. A revision
         * overrides it with {@code @Revision(lockTimeout = "...")}.
         */
        @WithDefault(RetortDefaults.DDL_LOCK_TIMEOUT)
        Duration lockTimeout();

        /** How long each statement of a revision may run ({@code statement_timeout}; 0: no limit). */
        @WithDefault(RetortDefaults.DDL_STATEMENT_TIMEOUT)
        Duration statementTimeout();

        /** How many times a revision that hit the lock timeout is rolled back and tried again, with growing pauses. */
        @WithDefault(RetortDefaults.DDL_LOCK_RETRIES)
        int lockRetries();
    }

    /** The embedded SQLite database. */
    @ConfigGroup
    interface SqliteConfig {

        /** The database file, relative to the working directory unless absolute. */
        @WithDefault(RetortDefaults.SQLITE_PATH)
        String path();

        /** The most connections the SQLite pool opens (SQLite has one writer at a time). */
        @WithDefault(RetortDefaults.SQLITE_MAX_POOL_SIZE)
        int maxPoolSize();
    }

    /** What a failed start-up check does. */
    enum ValidationFailure {
        /** Stop the start with the error. */
        FAIL,
        /** Log the error as a warning and start. */
        WARN
    }
}
