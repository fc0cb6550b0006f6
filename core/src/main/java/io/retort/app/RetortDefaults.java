package io.retort.app;

/**
 * The settings' defaults, defined once: the Quarkus config mappings use these constants in
 * {@code @WithDefault}, and every other surface reads them through {@link DataSourceSettings}.
 */
public final class RetortDefaults {

    public static final String DATABASE = "auto";
    public static final String VERSION_TABLE = "retort_version";
    public static final String HISTORY_TABLE = "retort_history";
    public static final String LOCK_TIMEOUT = "60s";
    public static final String SQLITE_PATH = "app.db";
    public static final String SQLITE_MAX_POOL_SIZE = "4";
    public static final String DDL_LOCK_TIMEOUT = "5s";
    public static final String DDL_STATEMENT_TIMEOUT = "0";
    public static final String DDL_LOCK_RETRIES = "3";
    public static final String REVISIONS_PER_REQUEST = "100";

    private RetortDefaults() {
    }
}
