package io.retort.deployment.devui;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusDevModeTest;
import io.restassured.RestAssured;
import io.retort.deployment.devmode.DevModeApps;
import io.retort.deployment.entities.AddGadgetWeight;
import io.retort.deployment.entities.CreateGadgets;
import io.retort.deployment.entities.Gadget;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dev loop with {@code quarkus.hibernate-orm.schema-management.strategy=validate} set for every
 * profile, as docs/quarkus.md recommends: adding a field used to break the hot reload (Hibernate's
 * validation failed, the request got "Error restarting Quarkus", the Dev UI answered 500). Now the
 * request gets Retort's page naming the change, the Dev UI answers, Generate revision writes the
 * file, and the following request serves again.
 */
class DevLoopWithValidateTest {

    static final Vertx VERTX = Vertx.vertx();
    static final PostgresTestDatabase DB = PostgresTestDatabase.create(VERTX);

    @RegisterExtension
    static final QuarkusDevModeTest DEV = DevModeApps.postgres(DB, List.of("quarkus.hibernate-orm.schema-management.strategy=validate"),
            Gadget.class, CreateGadgets.class, AddGadgetWeight.class, CurrentNow.class);

    @AfterAll
    static void drop() {
        DB.close();
        VERTX.closeAndAwait();
    }

    @Test
    void aNewFieldShowsRetortsPageAndGenerateRevisionMendsIt() throws Exception {
        assertEquals("9ad9e7000002", RestAssured.when().get("/now").then().statusCode(200).extract().asString());

        DEV.modifySourceFile(Gadget.class, source -> source.replace("public Integer weight;",
                "public Integer weight;\n\n    public String color;"));
        RestAssured.when().get("/now").then().statusCode(503)
                .body(containsString("add column gadgets.color"))
                .body(containsString("Generate revision"));
        RestAssured.when().get("/q/dev-ui/").then().statusCode(200);

        try (DevUiJsonRpcClient rpc = new DevUiJsonRpcClient(VERTX.getDelegate(), DevUiJsonRpcTest.httpPort(), DevUiJsonRpcTest.NAMESPACE)) {
            JsonObject drift = rpc.call("drift");
            assertTrue(drift.getJsonArray("changes").encode().contains("gadgets.color"), drift.encodePrettily());
            JsonObject generated = rpc.call("generateRevision", new JsonObject().put("message", "add gadget color"));
            assertTrue(generated.getBoolean("ok"), generated.encodePrettily());
        }

        String now = RestAssured.when().get("/now").then().statusCode(200).extract().asString();
        assertNotEquals("9ad9e7000002", now, "the reload applied the generated revision, and the application serves again");
    }
}
