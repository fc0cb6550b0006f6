package io.retort.runtime;

import io.retort.diff.DiffResult;
import io.retort.engine.Retort;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * In dev mode, after the start-up upgrade: one line when the entities describe changes no revision
 * covers, saying how to generate the revision.
 */
final class DriftNotice {

    private static final Logger LOG = Logger.getLogger("io.retort");

    private DriftNotice() {
    }

    static void logIfDrifted(Retort retort, RetortEntityModel model) {
        try {
            DiffResult diff = retort.autogenerate(model.schema()).await().indefinitely();
            if (diff.isEmpty()) {
                return;
            }
            List<String> changes = diff.describe();
            String sample = String.join("; ", changes.subList(0, Math.min(3, changes.size()))) + (changes.size() > 3 ? "; ..." : "");
            LOG.warnf("Retort: the entities have %d change%s no revision covers (%s). Generate the revision from the Dev UI"
                    + " (Retort card, Drift page) or run: mvn retort:revision -Dretort.autogenerate -Dretort.message=\"describe the change\"",
                    changes.size(), changes.size() == 1 ? "" : "s", sample);
        } catch (RuntimeException e) {
            LOG.debugf(e, "Retort: could not compare the entities with the database");
        }
    }
}
