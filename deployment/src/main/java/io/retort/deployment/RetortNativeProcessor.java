package io.retort.deployment;

import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ServiceProviderBuildItem;

/**
 * What a native image needs beyond the recorded revisions (created with {@code new}, so no
 * reflection): for the embedded SQLite database, the JDBC driver and the pool provider the Vert.x
 * JDBC client loads by name. sqlite-jdbc brings its own native-image feature for its JNI library.
 */
class RetortNativeProcessor {

    @BuildStep
    void sqliteDriver(RetortApplicationBuildItem app, BuildProducer<ReflectiveClassBuildItem> reflective,
            BuildProducer<ServiceProviderBuildItem> services) {
        if (app.application().datasources().stream().noneMatch(datasource -> app.database(datasource).embedded())) {
            return;
        }
        reflective.produce(ReflectiveClassBuildItem.builder("org.sqlite.JDBC",
                "io.vertx.ext.jdbc.spi.impl.AgroalCPDataSourceProvider").methods().build());
        services.produce(new ServiceProviderBuildItem("java.sql.Driver", "org.sqlite.JDBC"));
    }
}
