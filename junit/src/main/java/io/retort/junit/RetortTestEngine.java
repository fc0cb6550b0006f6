package io.retort.junit;

import io.vertx.mutiny.core.Vertx;
import java.util.List;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * Finds classes annotated with {@link RetortMigrationTests} among the classes a build selects and
 * runs the built-in checks for each, one reported test per check.
 */
public final class RetortTestEngine implements TestEngine {

    static final String ID = "retort-migrations";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "Retort migrations");
        for (ClassSelector selector : request.getSelectorsByType(ClassSelector.class)) {
            Class<?> type;
            try {
                type = selector.getJavaClass();
            } catch (RuntimeException | LinkageError e) {
                continue;
            }
            RetortMigrationTests settings = type.getAnnotation(RetortMigrationTests.class);
            if (settings == null) {
                continue;
            }
            ClassDescriptor suite = new ClassDescriptor(engine.getUniqueId().append("class", type.getName()), type, settings);
            for (BuiltInChecks.Check check : BuiltInChecks.ALL) {
                suite.addChild(new CheckDescriptor(suite.getUniqueId().append("check", check.name()), check));
            }
            if (settings.entityPackages().length > 0) {
                BuiltInChecks.Check check = BuiltInChecks.MODEL_MATCHES;
                suite.addChild(new CheckDescriptor(suite.getUniqueId().append("check", check.name()), check));
            }
            if (settings.fixtures().length > 0) {
                BuiltInChecks.Check check = BuiltInChecks.DATA_FIXTURES;
                suite.addChild(new CheckDescriptor(suite.getUniqueId().append("check", check.name()), check));
            }
            engine.addChild(suite);
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        TestDescriptor engine = request.getRootTestDescriptor();
        var listener = request.getEngineExecutionListener();
        listener.executionStarted(engine);
        Vertx vertx = Vertx.vertx();
        try {
            for (TestDescriptor child : engine.getChildren()) {
                ClassDescriptor suite = (ClassDescriptor) child;
                listener.executionStarted(suite);
                List<String> packages = suite.settings.packages().length > 0 ? List.of(suite.settings.packages())
                        : List.of(suite.type.getPackageName());
                BuiltInChecks checks;
                try {
                    checks = new BuiltInChecks(KitApplication.read(suite.settings.profile()), suite.settings.datasource(), packages,
                            suite.settings.heads(), vertx)
                            .withFixtures(List.of(suite.settings.fixtures()))
                            .withEntities(List.of(suite.settings.entityPackages()));
                } catch (RuntimeException e) {
                    listener.executionFinished(suite, TestExecutionResult.failed(e));
                    continue;
                }
                for (TestDescriptor test : suite.getChildren()) {
                    listener.executionStarted(test);
                    try {
                        ((CheckDescriptor) test).check.body().accept(checks);
                        listener.executionFinished(test, TestExecutionResult.successful());
                    } catch (Throwable failure) {
                        listener.executionFinished(test, TestExecutionResult.failed(failure));
                    }
                }
                listener.executionFinished(suite, TestExecutionResult.successful());
            }
        } finally {
            vertx.closeAndAwait();
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    /** The annotated class: a container of checks. */
    static final class ClassDescriptor extends AbstractTestDescriptor {
        final Class<?> type;
        final RetortMigrationTests settings;

        ClassDescriptor(UniqueId id, Class<?> type, RetortMigrationTests settings) {
            super(id, type.getSimpleName() + " (Retort migrations)", ClassSource.from(type));
            this.type = type;
            this.settings = settings;
        }

        @Override
        public Type getType() {
            return Type.CONTAINER;
        }
    }

    /** One built-in check. */
    static final class CheckDescriptor extends AbstractTestDescriptor {
        final BuiltInChecks.Check check;

        CheckDescriptor(UniqueId id, BuiltInChecks.Check check) {
            super(id, check.name());
            this.check = check;
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }
}
