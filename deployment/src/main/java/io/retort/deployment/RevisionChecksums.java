package io.retort.deployment;

import io.retort.dialect.Dialect;
import io.retort.dialect.postgres.PostgresDialect;
import io.retort.dialect.sqlite.SqliteDialect;
import io.retort.engine.LoadedRevision;
import io.retort.engine.RevisionChain;
import io.retort.migration.Migration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The checksum of every revision of a datasource, computed at build time by recording and rendering
 * the revision classes on the datasource's dialect, so a start at head has nothing to replay. The
 * rendering does not depend on runtime settings (the schema is set per session, not written into
 * the SQL). A revision that cannot run at build time leaves the whole datasource to compute at run
 * time, where a real error is reported with the revision's name.
 */
final class RevisionChecksums {

    private static final Logger LOG = Logger.getLogger(RevisionChecksums.class);

    private RevisionChecksums() {
    }

    static Map<String, String> compute(String datasource, List<DiscoveredRevision> revisions, boolean postgres) {
        if (revisions.isEmpty()) {
            return Map.of();
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            List<LoadedRevision> loaded = new ArrayList<>();
            for (DiscoveredRevision revision : revisions) {
                Class<? extends Migration> type = Class.forName(revision.className(), false, loader).asSubclass(Migration.class);
                loaded.add(new LoadedRevision(revision.node(), () -> instantiate(type), revision.transactional()));
            }
            Dialect dialect = postgres ? new PostgresDialect() : new SqliteDialect();
            RevisionChain chain = RevisionChain.of(loaded, dialect);
            Map<String, String> checksums = new LinkedHashMap<>();
            for (LoadedRevision revision : loaded) {
                checksums.put(revision.id(), chain.checksum(revision.id()));
            }
            return checksums;
        } catch (RuntimeException | ReflectiveOperationException | LinkageError e) {
            LOG.debugf(e, "Retort: checksums of datasource %s left to run time", datasource);
            return Map.of();
        }
    }

    private static Migration instantiate(Class<? extends Migration> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }
}
