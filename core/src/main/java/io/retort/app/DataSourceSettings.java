package io.retort.app;

import io.retort.engine.DdlTimeouts;
import io.retort.engine.RetortOptions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One datasource's settings as Retort reads them, whichever surface asks: the database choice, the
 * packages whose revisions it owns, the schema, Retort's tables, the lock timeout, the embedded
 * SQLite file and how to reach a server. Read from a {@link SettingsSource} by {@link #read}.
 *
 * @param database {@code auto} or a database's name ({@code quarkus.retort.database})
 * @param sqlitePath the SQLite file as configured (relative to the working directory unless absolute)
 */
public record DataSourceSettings(String datasource, String database, List<String> packages, Optional<String> schema,
        String versionTable, String historyTable, Duration lockTimeout, String sqlitePath, int sqliteMaxPoolSize,
        Optional<String> dbKind, Optional<String> reactiveUrl, Optional<String> username, Optional<String> password, DdlTimeouts ddl,
        int revisionsPerRequest) {

    /** Quarkus's name of the default datasource. */
    public static final String DEFAULT = "<default>";

    public static boolean isDefault(String datasource) {
        return datasource == null || datasource.isBlank() || DEFAULT.equals(datasource);
    }

    /** The settings of {@code datasource} (null, blank or {@value #DEFAULT} for the default one). */
    public static DataSourceSettings read(String datasource, SettingsSource source) {
        String name = isDefault(datasource) ? DEFAULT : datasource;
        Keys keys = new Keys(name);
        return new DataSourceSettings(name,
                source.get(keys.retort("database")).orElse(RetortDefaults.DATABASE).trim(),
                source.get(keys.retort("packages")).map(DataSourceSettings::list).orElse(List.of()),
                source.get(keys.retort("schema")).filter(s -> !s.isBlank()),
                source.get(keys.retort("version-table")).orElse(RetortDefaults.VERSION_TABLE),
                source.get(keys.retort("history-table")).orElse(RetortDefaults.HISTORY_TABLE),
                Durations.parse(keys.retort("lock-timeout"), source.get(keys.retort("lock-timeout")).orElse(RetortDefaults.LOCK_TIMEOUT)),
                source.get(keys.retort("sqlite.path")).orElse(RetortDefaults.SQLITE_PATH),
                integer(keys.retort("sqlite.max-pool-size"), source.get(keys.retort("sqlite.max-pool-size"))
                        .orElse(RetortDefaults.SQLITE_MAX_POOL_SIZE)),
                source.get(keys.datasource("db-kind")).filter(s -> !s.isBlank()),
                source.get(keys.datasource("reactive.url")).filter(s -> !s.isBlank()),
                source.get(keys.datasource("username")),
                source.get(keys.datasource("password")),
                ddl(keys, source),
                revisionsPerRequest(keys, source));
    }

    /** {@code quarkus.retort.revisions-per-request}: how many revisions go to PostgreSQL in one request (see RetortOptions). */
    private static int revisionsPerRequest(Keys keys, SettingsSource source) {
        String key = keys.retort("revisions-per-request");
        int value = integer(key, source.get(key).orElse(RetortDefaults.REVISIONS_PER_REQUEST));
        if (value < 1) {
            throw new IllegalArgumentException(key + "=" + value + " must be 1 or more (1: each revision with its own requests)");
        }
        return value;
    }

    /** The full name of one of this datasource's Retort settings, for messages: {@code quarkus.retort."orders".lock-timeout}. */
    public String property(String name) {
        return new Keys(datasource).retort(name);
    }

    /** The full name of one of this datasource's Quarkus datasource settings: {@code quarkus.datasource."orders".reactive.url}. */
    public String datasourceProperty(String name) {
        return new Keys(datasource).datasource(name);
    }

    public boolean isDefault() {
        return isDefault(datasource);
    }

    /** "the default datasource" or "datasource orders", for messages. */
    public String describe() {
        return isDefault() ? "the default datasource" : "datasource " + datasource;
    }

    /** The engine options these settings give: tables, lock timeout and the setting that raises it. */
    public RetortOptions options() {
        return RetortOptions.defaults().withTables(versionTable, historyTable).withLockTimeout(lockTimeout)
                .withLockTimeoutSetting(property("lock-timeout")).withDdl(ddl).withChainedSteps(revisionsPerRequest);
    }

    /** The same settings with the SQLite file resolved against {@code directory} (the project, for the goals). */
    public DataSourceSettings withSqliteFileIn(java.nio.file.Path directory) {
        String resolved = directory.resolve(sqlitePath).toString();
        return new DataSourceSettings(datasource, database, packages, schema, versionTable, historyTable, lockTimeout, resolved,
                sqliteMaxPoolSize, dbKind, reactiveUrl, username, password, ddl, revisionsPerRequest);
    }

    /** {@code quarkus.retort.ddl.*}: the timeouts of the revisions' own statements (see {@link DdlTimeouts}). */
    private static DdlTimeouts ddl(Keys keys, SettingsSource source) {
        DdlTimeouts defaults = DdlTimeouts.DEFAULTS;
        String lockKey = keys.retort("ddl.lock-timeout");
        Duration lock = source.get(lockKey).map(value -> Durations.parse(lockKey, value)).orElse(defaults.lockTimeout());
        if (lock.isZero()) {
            throw new IllegalArgumentException(lockKey + " must be positive: PostgreSQL's 0 would wait forever, behind a long transaction");
        }
        String statementKey = keys.retort("ddl.statement-timeout");
        Duration statement = source.get(statementKey).map(value -> Durations.parse(statementKey, value)).orElse(defaults.statementTimeout());
        String retriesKey = keys.retort("ddl.lock-retries");
        int retries = source.get(retriesKey).map(value -> integer(retriesKey, value)).orElse(defaults.lockRetries());
        if (retries < 0) {
            throw new IllegalArgumentException(retriesKey + "=" + retries + " must be 0 or more");
        }
        return new DdlTimeouts(lock, statement, retries, defaults.firstPause());
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not a whole number");
        }
    }

    /** Property names for one datasource, the Quarkus way. */
    record Keys(String datasource) {

        String retort(String name) {
            return isDefault(datasource) ? "quarkus.retort." + name : "quarkus.retort.\"" + datasource + "\"." + name;
        }

        String datasource(String name) {
            return isDefault(datasource) ? "quarkus.datasource." + name : "quarkus.datasource.\"" + datasource + "\"." + name;
        }
    }
}
