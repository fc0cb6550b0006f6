package io.retort.app;

import io.retort.engine.LoadedRevision;
import io.retort.engine.RevisionDefinitionException;
import io.retort.migration.Migration;
import java.lang.reflect.Constructor;

/** Turns a checked {@link RevisionClass} into a {@link LoadedRevision} whose class loads on first use. */
public final class RevisionLoading {

    private RevisionLoading() {
    }

    public static LoadedRevision load(RevisionClass revision, ClassLoader loader) {
        return new LoadedRevision(revision.node(), () -> instantiate(revision, loader), revision.transactional(), revision.ddl());
    }

    static Migration instantiate(RevisionClass revision, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(revision.className(), true, loader);
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RevisionDefinitionException("Revision " + revision.id() + " (" + revision.className()
                    + ") cannot be loaded: " + e + "; compile the project first", e);
        } catch (ReflectiveOperationException e) {
            throw new RevisionDefinitionException("Revision " + revision.id() + " (" + revision.className()
                    + ") could not be created: " + (e.getCause() == null ? e : e.getCause()), e);
        }
    }
}
