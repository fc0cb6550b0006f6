package io.retort.deployment;

import io.quarkus.agroal.spi.JdbcDataSourceSchemaReadyBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.ServiceStartBuildItem;
import io.quarkus.deployment.builditem.ShutdownContextBuildItem;
import io.quarkus.deployment.builditem.GeneratedClassBuildItem;
import io.quarkus.deployment.recording.RecorderContext;
import io.quarkus.runtime.RuntimeValue;
import io.retort.engine.ChainAtHead;
import io.quarkus.deployment.builditem.GeneratedResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.retort.engine.Retort;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;
import io.retort.app.ApplicationIndex;
import io.retort.app.ApplicationSettings;
import io.retort.app.RetortApplication;
import io.retort.app.RevisionClass;
import io.retort.dialect.DatabaseSupport;
import io.retort.dialect.Dialects;
import io.retort.runtime.ConfigSettings;
import io.retort.runtime.RetortApplicationInfo;
import io.retort.runtime.RetortDataSource;
import io.retort.runtime.RetortDrift;
import io.retort.runtime.RetortRecorder;
import io.quarkus.builder.item.SimpleBuildItem;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassType;
import org.jboss.jandex.DotName;

/**
 * Retort's build steps: discover and validate revisions, record them, create the beans, and
 * upgrade at start before Hibernate starts its persistence units.
 */
class RetortProcessor {

    static final String FEATURE = "retort";

    private static final DotName POOL = DotName.createSimple("io.vertx.mutiny.sqlclient.Pool");
    private static final DotName VERTX = DotName.createSimple("io.vertx.core.Vertx");
    private static final DotName REACTIVE_DATASOURCE = DotName.createSimple("io.quarkus.reactive.datasource.ReactiveDataSource");
    private static final DotName RETORT_DATASOURCE = DotName.createSimple(RetortDataSource.class.getName());

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /**
     * The qualifier of named datasources' beans must be in the bean archive even when nothing injects
     * them; the drift bean serves the dev-mode line, the Dev UI and applications.
     */
    @BuildStep
    io.quarkus.arc.deployment.AdditionalBeanBuildItem indexQualifier() {
        return io.quarkus.arc.deployment.AdditionalBeanBuildItem.builder().addBeanClasses(RetortDataSource.class, RetortDrift.class)
                .setUnremovable().build();
    }

    /** The readiness check, registered only when quarkus-smallrye-health is present. */
    @BuildStep
    void healthCheck(Capabilities capabilities, BuildProducer<io.quarkus.smallrye.health.deployment.spi.HealthBuildItem> health) {
        if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
            health.produce(new io.quarkus.smallrye.health.deployment.spi.HealthBuildItem(
                    "io.retort.runtime.health.RetortReadinessCheck", true));
        }
    }

    /** Core reads the application once: Quarkus's index (dependency jars included), its configuration and capabilities. */
    @BuildStep
    RetortApplicationBuildItem readApplication(CombinedIndexBuildItem index, ApplicationArchivesBuildItem archives,
            Capabilities capabilities) {
        RetortApplication application = RetortApplication.read(ApplicationSettings.read(ConfigSettings.current()),
                ApplicationIndex.over(index.getIndex(), archives.getRootArchive().getIndex()), capabilities.getCapabilities());
        return new RetortApplicationBuildItem(application.requireValid());
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void createBeans(RetortRecorder recorder, RecorderContext context, RetortApplicationBuildItem app, Capabilities capabilities,
            ShutdownContextBuildItem shutdown, BuildProducer<SyntheticBeanBuildItem> beans, BuildProducer<GeneratedClassBuildItem> classes,
            BuildProducer<GeneratedResourceBuildItem> resources, BuildProducer<NativeImageResourceBuildItem> nativeResources) {
        // The embedded pool is the application's default Pool only when no reactive client provides one.
        boolean reactiveDefaultPool = Dialects.all().stream()
                .anyMatch(database -> database.clientCapability().filter(capabilities::isPresent).isPresent());
        for (String datasource : app.application().datasources()) {
            DatabaseSupport database = app.database(datasource);
            boolean isDefault = DataSourceUtil.isDefault(datasource);
            boolean embeddedIsDefaultPool = database.embedded() && isDefault && !reactiveDefaultPool;
            if (database.embedded()) {
                var pool = SyntheticBeanBuildItem.configure(POOL).scope(Singleton.class).setRuntimeInit().unremovable()
                        .addInjectionPoint(ClassType.create(VERTX))
                        .createWith(recorder.embeddedPool(datasource, database.name(), shutdown));
                if (!embeddedIsDefaultPool) {
                    pool.addQualifier(retortQualifier(datasource));
                }
                beans.produce(pool.done());
            }
            List<RevisionClass> owned = app.application().revisions(datasource);
            BuildTimeRendering rendered = BuildTimeRendering.of(datasource, owned, database);
            // The revisions go to a resource read when a command needs them, not into recorded bytecode run at every start.
            String resource = "META-INF/retort/revisions-" + Integer.toHexString(datasource.hashCode()) + ".bin";
            resources.produce(new GeneratedResourceBuildItem(resource, rendered.chain().write()));
            nativeResources.produce(new NativeImageResourceBuildItem(resource));
            RuntimeValue<Supplier<Function<Object, Object>>> factories = context.newInstance(
                    RevisionFactoryGenerator.generate(datasource, owned, classes));
            ChainAtHead atHead = rendered.atHead();
            var retort = SyntheticBeanBuildItem.configure(Retort.class).scope(Singleton.class).setRuntimeInit().unremovable()
                    .createWith(recorder.retort(datasource, resource, factories, atHead == null ? null : new ArrayList<>(atHead.heads()),
                            atHead == null ? null : atHead.digest(), database.name(), embeddedIsDefaultPool));
            if (!database.embedded()) {
                if (isDefault) {
                    retort.addInjectionPoint(ClassType.create(POOL));
                } else {
                    retort.addInjectionPoint(ClassType.create(POOL), AnnotationInstance.builder(REACTIVE_DATASOURCE)
                            .add("value", datasource).build());
                }
            } else if (embeddedIsDefaultPool) {
                retort.addInjectionPoint(ClassType.create(POOL));
            } else {
                retort.addInjectionPoint(ClassType.create(POOL), retortQualifier(datasource));
            }
            if (!isDefault) {
                retort.addQualifier(retortQualifier(datasource));
            }
            beans.produce(retort.done());
        }
        Map<String, String> databases = new LinkedHashMap<>();
        Map<String, String> packages = new LinkedHashMap<>();
        for (String datasource : app.application().datasources()) {
            databases.put(datasource, app.database(datasource).name());
            app.application().newRevisionPackage(datasource).ifPresent(pkg -> packages.put(datasource, pkg));
        }
        beans.produce(SyntheticBeanBuildItem.configure(RetortApplicationInfo.class).scope(Singleton.class).setRuntimeInit().unremovable()
                .supplier(recorder.applicationInfo(databases, packages)).done());
    }

    private static AnnotationInstance retortQualifier(String datasource) {
        return AnnotationInstance.create(RETORT_DATASOURCE, null, List.of(AnnotationValue.createStringValue("value", datasource)));
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    ServiceStartBuildItem migrateAtStart(RetortRecorder recorder, RetortApplicationBuildItem app,
            BuildProducer<JdbcDataSourceSchemaReadyBuildItem> schemaReady, io.quarkus.deployment.builditem.LaunchModeBuildItem launchMode) {
        for (String datasource : app.application().datasources()) {
            if (!app.application().revisions(datasource).isEmpty()) {
                recorder.migrateAtStart(datasource);
            }
        }
        if (launchMode.getLaunchMode() == io.quarkus.runtime.LaunchMode.DEVELOPMENT) {
            recorder.noticeDrift();
        }
        // Hibernate ORM and Reactive start their persistence units (and validate the schema) after this.
        schemaReady.produce(new JdbcDataSourceSchemaReadyBuildItem(app.application().datasources()));
        return new ServiceStartBuildItem(FEATURE);
    }
}
