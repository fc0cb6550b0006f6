package io.retort.deployment.devmode;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusDevModeTest;
import io.restassured.RestAssured;
import io.retort.deployment.entities.AddGadgetWeight;
import io.retort.deployment.entities.CreateGadgets;
import io.retort.deployment.entities.Gadget;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.mutiny.core.Vertx;
import java.util.logging.LogRecord;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * quarkus dev: the start upgrades and says, in one line, that the entities have a change no revision
 * covers; adding the revision class upgrades on the next hot reload, and the line is gone.
 */
class DevModeTest {

    static final Vertx VERTX = Vertx.vertx();
    static final PostgresTestDatabase DB = PostgresTestDatabase.create(VERTX);

    @RegisterExtension
    static final QuarkusDevModeTest DEV = DevModeApps.postgres(DB, List.of(), Gadget.class, CreateGadgets.class, CurrentResource.class)
            .setLogRecordPredicate(record -> record.getLoggerName().equals("io.retort"));

    @AfterAll
    static void drop() {
        DB.close();
        VERTX.closeAndAwait();
    }

    @Test
    void driftIsReportedAndANewRevisionAppliesOnReload() {
        RestAssured.when().get("/current").then().statusCode(200).body(equalTo("9ad9e7000001"));
        assertTrue(DEV.getLogRecords().stream().map(LogRecord::getMessage).anyMatch(m -> m.contains("change")
                && m.contains("retort:revision")), "one line says how to generate the revision");

        DEV.clearLogRecords();
        DEV.addSourceFile(AddGadgetWeight.class);

        RestAssured.when().get("/current").then().statusCode(200).body(equalTo("9ad9e7000002"));
        assertTrue(DEV.getLogRecords().stream().map(LogRecord::getMessage).noneMatch(m -> m.contains("no revision covers")),
                "no drift once the revision is there");
    }
}
