package io.retort.deployment;

import io.retort.migration.Migration;
import io.retort.migration.Revision;
import io.retort.revision.RevisionNode;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Reads every {@code @Revision} class from the Jandex index, checking what the build can: it is a
 * public concrete {@link Migration} with a public constructor without parameters. Problems are
 * collected, so one build names them all.
 */
final class RevisionScanner {

    static final DotName REVISION = DotName.createSimple(Revision.class.getName());
    static final DotName MIGRATION = DotName.createSimple(Migration.class.getName());

    private final IndexView index;
    private final List<String> problems = new ArrayList<>();

    RevisionScanner(IndexView index) {
        this.index = index;
    }

    List<String> problems() {
        return problems;
    }

    List<DiscoveredRevision> scan() {
        List<DiscoveredRevision> found = new ArrayList<>();
        for (AnnotationInstance annotation : index.getAnnotations(REVISION)) {
            if (annotation.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo type = annotation.target().asClass();
            String id = annotation.value("id").asString();
            String where = "Revision " + id + " (" + type.name() + ")";
            if (!implementsMigration(type)) {
                problems.add(where + " does not implement io.retort.migration.Migration; implement upgrade(Ops) and downgrade(Ops)");
                continue;
            }
            if (Modifier.isAbstract(type.flags()) || Modifier.isInterface(type.flags())) {
                problems.add(where + " is abstract; a revision must be a concrete class");
                continue;
            }
            if (!Modifier.isPublic(type.flags()) || type.enclosingClass() != null && !Modifier.isStatic(type.flags())) {
                problems.add(where + " must be a public top-level or public static nested class, so the application can create it");
                continue;
            }
            MethodInfo constructor = type.method("<init>");
            if (constructor == null || !Modifier.isPublic(constructor.flags())) {
                problems.add(where + " needs a public constructor without parameters");
                continue;
            }
            String message = stringOr(annotation.value("message"), "");
            RevisionNode node = new RevisionNode(id, strings(annotation.value("parent")), strings(annotation.value("dependsOn")),
                    new LinkedHashSet<>(strings(annotation.value("branchLabels"))), message, type.name().toString());
            AnnotationValue transactional = annotation.value("transactional");
            found.add(new DiscoveredRevision(node, type.name().toString(), transactional == null || transactional.asBoolean()));
        }
        return found;
    }

    private boolean implementsMigration(ClassInfo type) {
        ClassInfo current = type;
        while (current != null) {
            if (current.interfaceNames().contains(MIGRATION)) {
                return true;
            }
            for (DotName parent : current.interfaceNames()) {
                ClassInfo parentInfo = index.getClassByName(parent);
                if (parentInfo != null && implementsMigration(parentInfo)) {
                    return true;
                }
            }
            DotName superName = current.superName();
            current = superName == null ? null : index.getClassByName(superName);
        }
        return false;
    }

    private static List<String> strings(AnnotationValue value) {
        return value == null ? List.of() : Arrays.asList(value.asStringArray());
    }

    private static String stringOr(AnnotationValue value, String fallback) {
        return value == null ? fallback : value.asString();
    }
}
