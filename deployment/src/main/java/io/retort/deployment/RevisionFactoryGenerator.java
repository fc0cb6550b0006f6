package io.retort.deployment;

import io.quarkus.deployment.GeneratedClassGizmoAdaptor;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.builditem.GeneratedClassBuildItem;
import io.quarkus.gizmo.BytecodeCreator;
import io.quarkus.gizmo.ClassCreator;
import io.quarkus.gizmo.MethodCreator;
import io.quarkus.gizmo.MethodDescriptor;
import io.quarkus.gizmo.ResultHandle;
import io.retort.app.RevisionClass;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Generates, per datasource, a {@code Function<String, Object>} that creates a revision by id with
 * {@code new}: no reflection (native-ready), and a revision class is loaded only when its operations
 * are first needed. The factory itself sits behind a small {@code Supplier}, so a start with nothing
 * to apply does not even load (and verify) the factory's bytecode, which grows with the history.
 */
final class RevisionFactoryGenerator {

    /** Revisions per generated method: each costs about 18 bytes of bytecode, and a method is capped at 64 KiB. */
    static final int PER_METHOD = 1_000;

    private static final MethodDescriptor EQUALS = MethodDescriptor.ofMethod(Object.class, "equals", boolean.class, Object.class);

    private RevisionFactoryGenerator() {
    }

    /** Writes the factory and its supplier; returns the supplier's class name. */
    static String generate(String datasource, List<RevisionClass> revisions, BuildProducer<GeneratedClassBuildItem> classes) {
        String suffix = Integer.toHexString(datasource.hashCode());
        String factory = "io.retort.generated.RevisionFactory_" + suffix;
        try (ClassCreator creator = ClassCreator.builder().classOutput(new GeneratedClassGizmoAdaptor(classes, true))
                .className(factory).interfaces(Function.class).build()) {
            MethodCreator apply = creator.getMethodCreator("apply", Object.class, Object.class);
            ResultHandle id = apply.getMethodParam(0);
            for (int from = 0, part = 0; from < revisions.size(); from += PER_METHOD, part++) {
                MethodCreator method = creator.getMethodCreator("apply" + part, Object.class, Object.class);
                for (RevisionClass revision : revisions.subList(from, Math.min(revisions.size(), from + PER_METHOD))) {
                    BytecodeCreator create = method.ifTrue(method.invokeVirtualMethod(EQUALS, method.load(revision.node().id()),
                            method.getMethodParam(0))).trueBranch();
                    create.returnValue(create.newInstance(MethodDescriptor.ofConstructor(revision.className())));
                }
                method.returnNull();
                ResultHandle created = apply.invokeVirtualMethod(method.getMethodDescriptor(), apply.getThis(), id);
                apply.ifNotNull(created).trueBranch().returnValue(created);
            }
            apply.throwException(IllegalArgumentException.class, "Unknown revision id");
        }
        String supplier = "io.retort.generated.RevisionFactorySupplier_" + suffix;
        try (ClassCreator creator = ClassCreator.builder().classOutput(new GeneratedClassGizmoAdaptor(classes, true))
                .className(supplier).interfaces(Supplier.class).build()) {
            MethodCreator get = creator.getMethodCreator("get", Object.class);
            get.returnValue(get.newInstance(MethodDescriptor.ofConstructor(factory)));
        }
        return supplier;
    }
}
