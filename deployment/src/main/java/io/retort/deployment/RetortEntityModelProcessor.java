package io.retort.deployment;

import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.retort.app.DataSourceSettings;
import io.retort.model.ApplicationEntities;
import io.retort.model.EntityModel;
import io.retort.runtime.RetortEntityModel;
import io.retort.runtime.RetortRecorder;
import io.retort.schema.SchemaSnapshots;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Reads the application's entities into Retort's schema snapshot at build time, through Hibernate's
 * own boot metamodel with the application's naming strategies, and records it as the
 * {@link RetortEntityModel} bean. Runs only when the application has Hibernate.
 */
class RetortEntityModelProcessor {

    private static final Logger LOG = Logger.getLogger(RetortEntityModelProcessor.class);

    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    void recordEntityModel(Capabilities capabilities, RetortApplicationBuildItem app, RetortRecorder recorder,
            BuildProducer<SyntheticBeanBuildItem> beans, BuildProducer<ReflectiveClassBuildItem> serializable,
            BuildProducer<RetortEntityModelBuildItem> entityModel) {
        if (!capabilities.isPresent(Capability.HIBERNATE_ORM)) {
            return;
        }
        EntityModel model = ApplicationEntities.read(app.application().entityClassNames(),
                Thread.currentThread().getContextClassLoader(), app.application().settings(),
                app.application().database(DataSourceSettings.DEFAULT));
        model.warnings().forEach(warning -> LOG.warnf("Retort entity model: %s", warning));
        entityModel.produce(new RetortEntityModelBuildItem(model.schema()));
        beans.produce(SyntheticBeanBuildItem.configure(RetortEntityModel.class).scope(Singleton.class).unremovable()
                .supplier(recorder.entityModel(RecordedStrings.chunks(SchemaSnapshots.encode(model.schema())))).done());
        serializable.produce(ReflectiveClassBuildItem.builder("io.retort.schema.Table", "io.retort.schema.Column",
                "io.retort.schema.ColumnType", "io.retort.schema.ColumnType$Kind", "io.retort.schema.Index",
                "io.retort.schema.PrimaryKey", "io.retort.schema.UniqueConstraint", "io.retort.schema.ForeignKey",
                "io.retort.schema.CheckConstraint", "io.retort.schema.ReferentialAction", "io.retort.schema.Sequence")
                .serialization(true).build());
    }
}
