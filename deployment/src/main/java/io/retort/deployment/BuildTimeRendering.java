package io.retort.deployment;

import io.retort.app.DataSourceSettings;
import io.retort.app.RevisionClass;
import io.retort.app.RevisionLoading;
import io.retort.app.SettingsSource;
import io.retort.dialect.DatabaseSupport;
import io.retort.dialect.Dialect;
import io.retort.engine.BuiltChain;
import io.retort.engine.ChainAtHead;
import io.retort.engine.ChainDigest;
import io.retort.engine.LoadedRevision;
import io.retort.engine.RevisionChain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Every revision of a datasource recorded and rendered at build time on the datasource's dialect:
 * its upgrade SQL (from its parents' schema), that SQL's checksum, and the digest of the whole chain
 * at its heads. A start at head then compares one digest and reads no revision, and a linear upgrade
 * runs the SQL without loading the revision classes. The rendering does not depend on runtime
 * settings (the schema is set per session, not written into the SQL). A revision that cannot run at
 * build time leaves the whole datasource to run time, where a real error is reported with the
 * revision's name.
 *
 * @param chain  the revisions with what was rendered, for the application's resource
 * @param atHead the heads and their digest; null when the build could not render the revisions
 */
record BuildTimeRendering(BuiltChain chain, ChainAtHead atHead) {

    private static final Logger LOG = Logger.getLogger(BuildTimeRendering.class);

    static BuildTimeRendering of(String datasource, List<RevisionClass> revisions, DatabaseSupport database) {
        List<BuiltChain.Entry> entries = revisions.stream()
                .map(revision -> new BuiltChain.Entry(revision.node(), revision.transactional(), revision.ddl())).toList();
        if (revisions.isEmpty()) {
            return new BuildTimeRendering(new BuiltChain(entries, Map.of(), Map.of()), null);
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            List<LoadedRevision> loaded = new ArrayList<>();
            for (RevisionClass revision : revisions) {
                Class.forName(revision.className(), false, loader);
                loaded.add(RevisionLoading.load(revision, loader));
            }
            // No schema: the rendering does not depend on it (the schema is set per session).
            Dialect dialect = database.dialect(DataSourceSettings.read(datasource, SettingsSource.of(Map.of())));
            RevisionChain chain = RevisionChain.of(loaded, dialect);
            Map<String, String> checksums = new LinkedHashMap<>();
            Map<String, List<String>> statements = new LinkedHashMap<>();
            for (LoadedRevision revision : loaded) {
                statements.put(revision.id(), new ArrayList<>(chain.upgradeStatements(revision.id())));
                checksums.put(revision.id(), chain.checksum(revision.id()));
            }
            ChainAtHead atHead = new ChainAtHead(chain.graph().heads(), ChainDigest.of(chain.graph().heads(), chain));
            return new BuildTimeRendering(new BuiltChain(entries, checksums, statements), atHead);
        } catch (RuntimeException | ReflectiveOperationException | LinkageError e) {
            LOG.debugf(e, "Retort: revisions of datasource %s left to render at run time", datasource);
            return new BuildTimeRendering(new BuiltChain(entries, Map.of(), Map.of()), null);
        }
    }
}
