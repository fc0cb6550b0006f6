package io.retort.app;

import io.retort.dialect.Dialects;
import io.retort.engine.DdlTimeouts;
import io.retort.migration.Migration;
import io.retort.migration.Revision;
import io.retort.revision.RevisionNode;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * The one set of checks on revision classes, read from a Jandex index without loading them: each is
 * a public concrete {@link Migration} that the application can create with {@code new}. Problems are
 * collected, so one build (or goal) names them all.
 */
public final class RevisionClassReader {

    public static final DotName REVISION = DotName.createSimple(Revision.class.getName());
    static final DotName MIGRATION = DotName.createSimple(Migration.class.getName());

    private final IndexView index;
    private final List<String> problems = new ArrayList<>();

    public RevisionClassReader(IndexView index) {
        this.index = index;
    }

    /** The problems found by {@link #read}, as sentences naming the revision and its class. */
    public List<String> problems() {
        return problems;
    }

    /** Every valid {@code @Revision} class of the index, by class name. */
    public List<RevisionClass> read() {
        List<RevisionClass> found = new ArrayList<>();
        for (AnnotationInstance annotation : index.getAnnotations(REVISION)) {
            if (annotation.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo type = annotation.target().asClass();
            String id = annotation.value("id").asString();
            String problem = idProblem(id);
            problem = problem != null ? problem : problem(type);
            if (problem != null) {
                problems.add("Revision " + id + " (" + type.name() + ") " + problem);
                continue;
            }
            RevisionNode node = new RevisionNode(id, strings(annotation.value("parent")), strings(annotation.value("dependsOn")),
                    new LinkedHashSet<>(strings(annotation.value("branchLabels"))),
                    annotation.value("message") == null ? "" : annotation.value("message").asString(), type.name().toString(),
                    strings(annotation.value("replaces")));
            AnnotationValue transactional = annotation.value("transactional");
            DdlTimeouts.Overrides ddl;
            try {
                ddl = ddlOverrides(text(annotation.value("lockTimeout")), text(annotation.value("statementTimeout")),
                        annotation.value("lockRetries") == null ? -1 : annotation.value("lockRetries").asInt());
            } catch (IllegalArgumentException e) {
                problems.add("Revision " + id + " (" + type.name() + ") " + e.getMessage());
                continue;
            }
            found.add(new RevisionClass(node, type.name().toString(), transactional == null || transactional.asBoolean(), ddl));
        }
        found.sort(Comparator.comparing(RevisionClass::className));
        return found;
    }

    private static String text(AnnotationValue value) {
        return value == null ? "" : value.asString();
    }

    /**
     * The statement timeouts a revision declares ({@code @Revision(lockTimeout, statementTimeout,
     * lockRetries)}), empty and -1 meaning the setting; a value that is no duration is an error.
     */
    public static DdlTimeouts.Overrides ddlOverrides(String lockTimeout, String statementTimeout, int lockRetries) {
        if (lockRetries < -1) {
            throw new IllegalArgumentException("declares lockRetries = " + lockRetries + ": give 0 or more, or leave it out");
        }
        Duration lock = lockTimeout.isBlank() ? null : Durations.parse("lockTimeout", lockTimeout);
        if (lock != null && lock.isZero()) {
            throw new IllegalArgumentException("declares lockTimeout = \"" + lockTimeout + "\": a lock timeout must be positive"
                    + " (PostgreSQL's 0 would wait forever)");
        }
        Duration statement = statementTimeout.isBlank() ? null : Durations.parse("statementTimeout", statementTimeout);
        return new DdlTimeouts.Overrides(lock, statement, lockRetries == -1 ? null : lockRetries);
    }

    private String problem(ClassInfo type) {
        MethodInfo constructor = type.method("<init>");
        return problem(new Shape(implementsMigration(type), Modifier.isAbstract(type.flags()) || Modifier.isInterface(type.flags()),
                Modifier.isPublic(type.flags()), type.enclosingClass() != null && !Modifier.isStatic(type.flags()),
                constructor != null && Modifier.isPublic(constructor.flags())));
    }

    /** What the checks look at in a revision class, read from an index or from a loaded class. */
    public record Shape(boolean migration, boolean isAbstract, boolean isPublic, boolean innerClass, boolean publicNoArgConstructor) {
    }

    /** What is wrong with a revision id, or null: longer than the strictest database's version column. */
    public static String idProblem(String id) {
        int limit = Dialects.maxRevisionIdLength();
        if (id.length() > limit) {
            return "has an id of " + id.length() + " characters; revision ids may have at most " + limit
                    + " (the version table's column on " + Dialects.names() + "): shorten it";
        }
        return null;
    }

    /** The one rule set: what is wrong with a revision class of this shape, or null. */
    public static String problem(Shape shape) {
        if (!shape.migration()) {
            return "does not implement io.retort.migration.Migration; implement upgrade(Ops) and downgrade(Ops)";
        }
        if (shape.isAbstract()) {
            return "is abstract; a revision must be a concrete class";
        }
        if (!shape.isPublic() || shape.innerClass()) {
            return "must be a public top-level or public static nested class, so the application can create it";
        }
        if (!shape.publicNoArgConstructor()) {
            return "needs a public constructor without parameters";
        }
        return null;
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
}
