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
 * Every revision of a datasource recorded and rendered at build time on the datasource's dialect:
 * its upgrade SQL (from its parents' schema) and that SQL's checksum. A start at head then replays
 * nothing, and a linear upgrade runs the SQL without loading the revision classes. The rendering
 * does not depend on runtime settings (the schema is set per session, not written into the SQL). A
 * revision that cannot run at build time leaves the whole datasource to run time, where a real
 * error is reported with the revision's name.
 */
record BuildTimeRendering(Map<String, String> checksums, Map<String, List<String>> statements) {

    private static final Logger LOG = Logger.getLogger(BuildTimeRendering.class);

    static final BuildTimeRendering NONE = new BuildTimeRendering(Map.of(), Map.of());

    static BuildTimeRendering of(String datasource, List<DiscoveredRevision> revisions, boolean postgres) {
        if (revisions.isEmpty()) {
            return NONE;
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
            Map<String, List<String>> statements = new LinkedHashMap<>();
            for (LoadedRevision revision : loaded) {
                statements.put(revision.id(), new ArrayList<>(chain.upgradeStatements(revision.id())));
                checksums.put(revision.id(), chain.checksum(revision.id()));
            }
            return new BuildTimeRendering(checksums, statements);
        } catch (RuntimeException | ReflectiveOperationException | LinkageError e) {
            LOG.debugf(e, "Retort: revisions of datasource %s left to render at run time", datasource);
            return NONE;
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
