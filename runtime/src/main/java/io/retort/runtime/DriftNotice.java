package io.retort.runtime;

import io.retort.app.DataSourceSettings;
import io.retort.diff.DiffResult;
import io.retort.runtime.dev.DevDrift;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * In dev mode, after the start-up upgrade: one line when the entities describe changes no revision
 * covers, saying how to generate the revision.
 */
final class DriftNotice {

    private static final Logger LOG = Logger.getLogger("io.retort");

    private DriftNotice() {
    }

    static void logIfDrifted(RetortDrift drift) {
        try {
            Optional<DiffResult> diff = drift.of(DataSourceSettings.DEFAULT).await().indefinitely();
            DevDrift.set(diff.isEmpty() ? List.of() : diff.get().describe());
            if (diff.isEmpty() || diff.get().isEmpty()) {
                return;
            }
            List<String> changes = diff.get().describe();
            String sample = String.join("; ", changes.subList(0, Math.min(3, changes.size()))) + (changes.size() > 3 ? "; ..." : "");
            LOG.warnf("Retort: the entities have %d change%s no revision covers (%s). Generate the revision from the Dev UI"
                    + " (Retort card, Drift page) or run: mvn retort:revision -Dretort.autogenerate -Dretort.message=\"describe the change\"",
                    changes.size(), changes.size() == 1 ? "" : "s", sample);
        } catch (RuntimeException e) {
            LOG.debugf(e, "Retort: could not compare the entities with the database");
        }
    }
}
