package io.retort.deployment;

import io.quarkus.deployment.GeneratedClassGizmoAdaptor;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.builditem.GeneratedClassBuildItem;
import io.quarkus.gizmo.BranchResult;
import io.quarkus.gizmo.BytecodeCreator;
import io.quarkus.gizmo.ClassCreator;
import io.quarkus.gizmo.MethodCreator;
import io.quarkus.gizmo.MethodDescriptor;
import io.quarkus.gizmo.ResultHandle;
import io.retort.app.RevisionClass;
import java.util.List;
import java.util.function.Function;

/**
 * Generates, per datasource, a {@code Function<String, Object>} that creates a revision by id with
 * {@code new}: no reflection (native-ready), and a revision class is loaded only when its operations
 * are first needed, so a start with nothing to apply loads none of them.
 */
final class RevisionFactoryGenerator {

    private static final MethodDescriptor EQUALS = MethodDescriptor.ofMethod(Object.class, "equals", boolean.class, Object.class);

    private RevisionFactoryGenerator() {
    }

    /** Writes the factory class and returns its name. */
    static String generate(String datasource, List<RevisionClass> revisions, BuildProducer<GeneratedClassBuildItem> classes) {
        String className = "io.retort.generated.RevisionFactory_" + Integer.toHexString(datasource.hashCode());
        try (ClassCreator creator = ClassCreator.builder().classOutput(new GeneratedClassGizmoAdaptor(classes, true))
                .className(className).interfaces(Function.class).build()) {
            MethodCreator apply = creator.getMethodCreator("apply", Object.class, Object.class);
            ResultHandle id = apply.getMethodParam(0);
            for (RevisionClass revision : revisions) {
                BranchResult matches = apply.ifTrue(apply.invokeVirtualMethod(EQUALS, apply.load(revision.node().id()), id));
                BytecodeCreator create = matches.trueBranch();
                create.returnValue(create.newInstance(MethodDescriptor.ofConstructor(revision.className())));
            }
            apply.throwException(IllegalArgumentException.class, "Unknown revision id");
        }
        return className;
    }
}
