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
import io.retort.engine.LoadedRevision;
import io.retort.engine.Retort;
import io.retort.runtime.RetortBuildTimeConfig;
import io.retort.runtime.RetortBuildTimeConfig.DatabaseChoice;
import io.retort.runtime.RetortDataSource;
import io.retort.runtime.RetortRecorder;
import io.quarkus.builder.item.SimpleBuildItem;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The validated revisions of each datasource and the database each one migrates. Consumed by the steps below. */
    static final class RevisionsBuildItem extends SimpleBuildItem {
        final Map<String, List<DiscoveredRevision>> byDataSource;
        final Map<String, Boolean> postgres;

        RevisionsBuildItem(Map<String, List<DiscoveredRevision>> byDataSource, Map<String, Boolean> postgres) {
            this.byDataSource = byDataSource;
            this.postgres = postgres;
        }
    }

    /** The recorded revision list of each datasource, for the bean step. */
    static final class RecordedRevisionsBuildItem extends SimpleBuildItem {
        final Map<String, RuntimeValue<List<LoadedRevision>>> byDataSource;

        RecordedRevisionsBuildItem(Map<String, RuntimeValue<List<LoadedRevision>>> byDataSource) {
            this.byDataSource = byDataSource;
        }
    }

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** The qualifier of named datasources' beans must be in the bean archive even when nothing injects them. */
    @BuildStep
    io.quarkus.arc.deployment.AdditionalBeanBuildItem indexQualifier() {
        return io.quarkus.arc.deployment.AdditionalBeanBuildItem.builder().addBeanClass(RetortDataSource.class).build();
    }

    /** The readiness check, registered only when quarkus-smallrye-health is present. */
    @BuildStep
    void healthCheck(Capabilities capabilities, BuildProducer<io.quarkus.smallrye.health.deployment.spi.HealthBuildItem> health) {
        if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
            health.produce(new io.quarkus.smallrye.health.deployment.spi.HealthBuildItem(
                    "io.retort.runtime.health.RetortReadinessCheck", true));
        }
    }

    @BuildStep
    RevisionsBuildItem discoverRevisions(CombinedIndexBuildItem index, RetortBuildTimeConfig config, Capabilities capabilities) {
        RevisionScanner scanner = new RevisionScanner(index.getIndex());
        List<DiscoveredRevision> revisions = scanner.scan();
        List<String> problems = new ArrayList<>(scanner.problems());
        Map<String, List<DiscoveredRevision>> byDataSource = new LinkedHashMap<>();
        // The default datasource always has its bean, so a project without revisions can generate its first one.
        byDataSource.put(DataSourceUtil.DEFAULT_DATASOURCE_NAME, new ArrayList<>());
        byDataSource.putAll(DataSourceRevisions.assign(revisions, config));
        Map<String, Boolean> postgres = new LinkedHashMap<>();
        byDataSource.forEach((datasource, owned) -> {
            problems.addAll(DataSourceRevisions.validate(datasource, owned));
            postgres.put(datasource, usesPostgres(datasource, config, capabilities, problems));
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Retort found " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + " with the revisions:\n  - " + String.join("\n  - ", problems));
        }
        return new RevisionsBuildItem(byDataSource, postgres);
    }

    private static boolean usesPostgres(String datasource, RetortBuildTimeConfig config, Capabilities capabilities, List<String> problems) {
        var settings = config.datasources().get(datasource);
        DatabaseChoice choice = settings == null ? DatabaseChoice.AUTO : settings.database();
        boolean pgClient = capabilities.isPresent(Capability.REACTIVE_PG_CLIENT);
        if (choice == DatabaseChoice.POSTGRESQL && !pgClient) {
            problems.add("Datasource " + datasource + " is set to PostgreSQL (quarkus.retort.database=postgresql) but the application"
                    + " has no io.quarkus:quarkus-reactive-pg-client; add it, or use database=sqlite");
        }
        return choice == DatabaseChoice.POSTGRESQL || choice == DatabaseChoice.AUTO && pgClient;
    }

    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    RecordedRevisionsBuildItem recordRevisions(RetortRecorder recorder, RecorderContext context, RevisionsBuildItem revisions,
            BuildProducer<GeneratedClassBuildItem> generatedClasses) {
        Map<String, RuntimeValue<List<LoadedRevision>>> recorded = new LinkedHashMap<>();
        revisions.byDataSource.forEach((datasource, owned) -> {
            String factory = RevisionFactoryGenerator.generate(datasource, owned, generatedClasses);
            RuntimeValue<List<LoadedRevision>> list = recorder.newRevisionList(context.newInstance(factory));
            for (DiscoveredRevision revision : owned) {
                recorder.addRevision(list, revision.node().id(), revision.node().parents(), revision.node().dependsOn(),
                        new ArrayList<>(revision.node().branchLabels()), revision.node().message(), revision.node().source(),
                        revision.transactional());
            }
            recorded.put(datasource, list);
        });
        return new RecordedRevisionsBuildItem(recorded);
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void createBeans(RetortRecorder recorder, RevisionsBuildItem revisions, RecordedRevisionsBuildItem recorded,
            Capabilities capabilities, ShutdownContextBuildItem shutdown, BuildProducer<SyntheticBeanBuildItem> beans) {
        boolean pgClient = capabilities.isPresent(Capability.REACTIVE_PG_CLIENT);
        recorded.byDataSource.forEach((datasource, list) -> {
            boolean postgres = revisions.postgres.get(datasource);
            boolean isDefault = DataSourceUtil.isDefault(datasource);
            // The embedded pool is the application's default Pool only when no reactive client provides one.
            boolean sqliteIsDefaultPool = !postgres && isDefault && !pgClient;
            if (!postgres) {
                var pool = SyntheticBeanBuildItem.configure(POOL).scope(Singleton.class).setRuntimeInit().unremovable()
                        .addInjectionPoint(ClassType.create(VERTX))
                        .createWith(recorder.sqlitePool(datasource, shutdown));
                if (!sqliteIsDefaultPool) {
                    pool.addQualifier(retortQualifier(datasource));
                }
                beans.produce(pool.done());
            }
            BuildTimeRendering rendered = BuildTimeRendering.of(datasource, revisions.byDataSource.get(datasource), postgres);
            var retort = SyntheticBeanBuildItem.configure(Retort.class).scope(Singleton.class).setRuntimeInit().unremovable()
                    .createWith(recorder.retort(datasource, list, rendered.checksums(), rendered.statements(), postgres,
                            sqliteIsDefaultPool));
            if (postgres) {
                if (isDefault) {
                    retort.addInjectionPoint(ClassType.create(POOL));
                } else {
                    retort.addInjectionPoint(ClassType.create(POOL), AnnotationInstance.builder(REACTIVE_DATASOURCE)
                            .add("value", datasource).build());
                }
            } else if (sqliteIsDefaultPool) {
                retort.addInjectionPoint(ClassType.create(POOL));
            } else {
                retort.addInjectionPoint(ClassType.create(POOL), retortQualifier(datasource));
            }
            if (!isDefault) {
                retort.addQualifier(retortQualifier(datasource));
            }
            beans.produce(retort.done());
        });
    }

    private static AnnotationInstance retortQualifier(String datasource) {
        return AnnotationInstance.create(RETORT_DATASOURCE, null, List.of(AnnotationValue.createStringValue("value", datasource)));
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    ServiceStartBuildItem migrateAtStart(RetortRecorder recorder, RevisionsBuildItem revisions,
            BuildProducer<JdbcDataSourceSchemaReadyBuildItem> schemaReady, io.quarkus.deployment.builditem.LaunchModeBuildItem launchMode) {
        revisions.byDataSource.forEach((datasource, owned) -> {
            if (!owned.isEmpty()) {
                recorder.migrateAtStart(datasource);
            }
        });
        if (launchMode.getLaunchMode() == io.quarkus.runtime.LaunchMode.DEVELOPMENT) {
            recorder.noticeDrift();
        }
        // Hibernate ORM and Reactive start their persistence units (and validate the schema) after this.
        schemaReady.produce(new JdbcDataSourceSchemaReadyBuildItem(revisions.byDataSource.keySet()));
        return new ServiceStartBuildItem(FEATURE);
    }
}
