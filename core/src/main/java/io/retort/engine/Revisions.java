package io.retort.engine;

import io.retort.migration.Migration;
import io.retort.migration.Revision;
import io.retort.revision.RevisionNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads {@link Revision}-annotated classes into {@link LoadedRevision}s (for plain Java use and tests). */
public final class Revisions {

    private Revisions() {
    }

    public static List<LoadedRevision> fromClasses(Class<?>... classes) {
        return fromClasses(Arrays.asList(classes));
    }

    public static List<LoadedRevision> fromClasses(List<Class<?>> classes) {
        List<LoadedRevision> loaded = new ArrayList<>();
        for (Class<?> type : classes) {
            loaded.add(fromClass(type));
        }
        return loaded;
    }

    /** Validates the class the way the build does and reads its annotation. */
    public static LoadedRevision fromClass(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new RevisionDefinitionException(type.getName() + " is not annotated with @Revision; annotate it or remove it from the revisions");
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new RevisionDefinitionException("Revision " + revision.id() + " (" + type.getName()
                    + ") does not implement io.retort.migration.Migration; implement upgrade(Ops) and downgrade(Ops)");
        }
        if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            throw new RevisionDefinitionException("Revision " + revision.id() + " (" + type.getName() + ") is abstract; a revision must be a concrete class");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new RevisionDefinitionException("Revision " + revision.id() + " (" + type.getName()
                    + ") has no constructor without parameters; add one so Retort can create it");
        }
        constructor.setAccessible(true);
        RevisionNode node = new RevisionNode(revision.id(), List.of(revision.parent()), List.of(revision.dependsOn()),
                new LinkedHashSet<>(List.of(revision.branchLabels())), revision.message(), type.getName());
        return new LoadedRevision(node, () -> instantiate(constructor, revision.id()), revision.transactional());
    }

    private static Migration instantiate(Constructor<?> constructor, String id) {
        try {
            return (Migration) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new RevisionDefinitionException("Revision " + id + " (" + constructor.getDeclaringClass().getName()
                    + ") could not be created: " + e.getCause(), e);
        }
    }
}
