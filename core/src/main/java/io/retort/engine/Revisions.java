package io.retort.engine;

import io.retort.app.RevisionClass;
import io.retort.app.RevisionClassReader.Shape;
import io.retort.app.RevisionClassReader;
import io.retort.app.RevisionLoading;
import io.retort.migration.Migration;
import io.retort.migration.Revision;
import io.retort.revision.RevisionNode;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads {@link Revision}-annotated classes into {@link LoadedRevision}s (for plain Java use and
 * tests), judged by the same rules as the build's ({@link RevisionClassReader#problem}).
 */
public final class Revisions {

    private Revisions() {
    }

    public static List<LoadedRevision> fromClasses(Class<?>... classes) {
        return fromClasses(Arrays.asList(classes));
    }

    public static List<LoadedRevision> fromClasses(List<Class<?>> classes) {
        return classes.stream().map(Revisions::fromClass).toList();
    }

    public static LoadedRevision fromClass(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new RevisionDefinitionException(type.getName() + " is not annotated with @Revision; annotate it or remove it from the revisions");
        }
        String problem = RevisionClassReader.idProblem(revision.id());
        problem = problem != null ? problem : RevisionClassReader.problem(shape(type));
        if (problem != null) {
            throw new RevisionDefinitionException("Revision " + revision.id() + " (" + type.getName() + ") " + problem);
        }
        RevisionNode node = new RevisionNode(revision.id(), List.of(revision.parent()), List.of(revision.dependsOn()),
                new LinkedHashSet<>(List.of(revision.branchLabels())), revision.message(), type.getName(), List.of(revision.replaces()));
        DdlTimeouts.Overrides ddl;
        try {
            ddl = RevisionClassReader.ddlOverrides(revision.lockTimeout(), revision.statementTimeout(), revision.lockRetries());
        } catch (IllegalArgumentException e) {
            throw new RevisionDefinitionException("Revision " + revision.id() + " (" + type.getName() + ") " + e.getMessage());
        }
        return RevisionLoading.load(new RevisionClass(node, type.getName(), revision.transactional(), ddl), type.getClassLoader());
    }

    private static Shape shape(Class<?> type) {
        boolean publicConstructor;
        try {
            publicConstructor = Modifier.isPublic(type.getDeclaredConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            publicConstructor = false;
        }
        return new Shape(Migration.class.isAssignableFrom(type), Modifier.isAbstract(type.getModifiers()) || type.isInterface(),
                Modifier.isPublic(type.getModifiers()), type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers()),
                publicConstructor);
    }
}
