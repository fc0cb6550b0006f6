package io.retort.deployment;

import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.retort.model.EntityModel;
import io.retort.model.HibernateModelReader;
import io.retort.runtime.RetortEntityModel;
import io.retort.runtime.RetortRecorder;
import io.retort.schema.SchemaSnapshots;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.logging.Logger;

/**
 * Reads the application's entities into Retort's schema snapshot at build time, through Hibernate's
 * own boot metamodel with the application's naming strategies, and records it as the
 * {@link RetortEntityModel} bean. Runs only when the application has Hibernate.
 */
class RetortEntityModelProcessor {

    private static final Logger LOG = Logger.getLogger(RetortEntityModelProcessor.class);
    private static final DotName ENTITY = DotName.createSimple("jakarta.persistence.Entity");

    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    void recordEntityModel(Capabilities capabilities, CombinedIndexBuildItem index, RetortRecorder recorder,
            BuildProducer<SyntheticBeanBuildItem> beans, BuildProducer<ReflectiveClassBuildItem> serializable) {
        if (!capabilities.isPresent(Capability.HIBERNATE_ORM)) {
            return;
        }
        List<Class<?>> entities = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (AnnotationInstance annotation : index.getIndex().getAnnotations(ENTITY)) {
            if (annotation.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            String name = annotation.target().asClass().name().toString();
            try {
                entities.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.warnf("Retort cannot read entity %s for autogenerate: %s", name, e);
            }
        }
        EntityModel model = read(entities);
        model.warnings().forEach(warning -> LOG.warnf("Retort entity model: %s", warning));
        beans.produce(SyntheticBeanBuildItem.configure(RetortEntityModel.class).scope(Singleton.class).unremovable()
                .supplier(recorder.entityModel(RecordedStrings.chunks(SchemaSnapshots.encode(model.schema())))).done());
        serializable.produce(ReflectiveClassBuildItem.builder("io.retort.schema.Table", "io.retort.schema.Column",
                "io.retort.schema.ColumnType", "io.retort.schema.ColumnType$Kind", "io.retort.schema.Index",
                "io.retort.schema.PrimaryKey", "io.retort.schema.UniqueConstraint", "io.retort.schema.ForeignKey",
                "io.retort.schema.CheckConstraint", "io.retort.schema.ReferentialAction", "io.retort.schema.Sequence")
                .serialization(true).build());
    }

    private static EntityModel read(List<Class<?>> entities) {
        HibernateModelReader reader = new HibernateModelReader();
        Config config = ConfigProvider.getConfig();
        config.getOptionalValue("quarkus.hibernate-orm.physical-naming-strategy", String.class)
                .ifPresent(strategy -> reader.setting("hibernate.physical_naming_strategy", strategy));
        config.getOptionalValue("quarkus.hibernate-orm.implicit-naming-strategy", String.class)
                .ifPresent(strategy -> reader.setting("hibernate.implicit_naming_strategy", strategy));
        return reader.read(entities);
    }
}
