package io.retort.runtime;

import io.retort.engine.DatabaseAheadException;
import io.retort.engine.MigrationResult;
import io.retort.engine.Retort;
import io.retort.engine.RetortStatus;
import io.retort.runtime.RetortRuntimeConfig.DataSourceRuntimeConfig;
import io.retort.runtime.RetortRuntimeConfig.ValidationFailure;
import org.jboss.logging.Logger;

/** What happens to one datasource when the application starts: upgrade, or check only, or nothing. */
final class RetortStartup {

    private static final Logger LOG = Logger.getLogger("io.retort");

    private final String datasource;
    private final Retort retort;
    private final DataSourceRuntimeConfig settings;

    RetortStartup(String datasource, Retort retort, DataSourceRuntimeConfig settings) {
        this.datasource = datasource;
        this.retort = retort;
        this.settings = settings;
    }

    void run() {
        if (settings.migrateAtStart()) {
            upgrade();
        } else if (settings.validateAtStart()) {
            validate();
        }
    }

    private void upgrade() {
        try {
            MigrationResult result = retort.upgrade(settings.target()).await().indefinitely();
            if (!result.steps().isEmpty()) {
                LOG.infof("Retort upgraded %s from %s to %s (%d revision%s)", name(), rows(result.from()), rows(result.to()),
                        result.steps().size(), result.steps().size() == 1 ? "" : "s");
            } else {
                LOG.debugf("Retort: %s is at %s, nothing to upgrade", name(), rows(result.to()));
            }
        } catch (DatabaseAheadException e) {
            fail(e, settings.onDatabaseAhead(), "on-database-ahead");
        }
    }

    private void validate() {
        RetortStatus status = retort.status().await().indefinitely();
        if (!status.unknown().isEmpty()) {
            fail(new DatabaseAheadException("The database of " + name() + " is at revision " + String.join(", ", status.unknown())
                    + ", which this application does not know: the database is ahead of the code. Nothing was changed.",
                    status.unknown()), settings.onDatabaseAhead(), "on-database-ahead");
        }
        if (!status.changed().isEmpty()) {
            fail(new IllegalStateException("Revision " + String.join(", ", status.changed()) + " of " + name()
                    + " changed after it was applied; restore it and put the change in a new revision, or record a deliberate"
                    + " edit with mvn retort:repair"), settings.onValidationError(), "on-validation-error");
        }
        if (!status.pending().isEmpty()) {
            LOG.warnf("Retort: %s has %d pending revision(s) (%s); %s is false, so they were not applied", name(),
                    status.pending().size(), String.join(", ", status.pending()), RetortFactory.property(datasource, "migrate-at-start"));
        }
    }

    private void fail(RuntimeException error, ValidationFailure policy, String setting) {
        if (policy == ValidationFailure.WARN) {
            LOG.warnf("Retort: %s (%s=warn, starting anyway)", error.getMessage(), RetortFactory.property(datasource, setting));
            return;
        }
        throw error;
    }

    private String name() {
        return io.quarkus.datasource.common.runtime.DataSourceUtil.isDefault(datasource) ? "the default datasource"
                : "datasource " + datasource;
    }

    private static String rows(java.util.Set<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", rows);
    }
}
