package io.retort.deployment.devui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusDevModeTest;
import io.restassured.RestAssured;
import io.retort.deployment.devmode.DevModeApps;
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
 * The Drift page's Generate revision: it writes the revision into the project's sources, and the
 * next hot reload applies it; the drift is then gone. The Graph page's Squash then writes one
 * revision replacing both: after the reload the database, past them, stands at the squash.
 */
class DevUiGenerateRevisionTest {

    static final Vertx VERTX = Vertx.vertx();
    static final PostgresTestDatabase DB = PostgresTestDatabase.create(VERTX);

    @RegisterExtension
    static final QuarkusDevModeTest DEV = DevModeApps.postgres(DB, List.of(), Gadget.class, CreateGadgets.class, CurrentNow.class);

    @AfterAll
    static void drop() {
        DB.close();
        VERTX.closeAndAwait();
    }

    @Test
    void theGeneratedRevisionIsWrittenAndAppliedOnReload() throws Exception {
        assertEquals("9ad9e7000001", RestAssured.when().get("/now").then().statusCode(200).extract().asString());
        try (DevUiJsonRpcClient rpc = new DevUiJsonRpcClient(VERTX.getDelegate(), DevUiJsonRpcTest.httpPort(), DevUiJsonRpcTest.NAMESPACE)) {
            JsonObject generated = rpc.call("generateRevision", new JsonObject().put("message", "add gadget weight"));
            assertTrue(generated.getBoolean("ok"), generated.encodePrettily());
            assertTrue(generated.getString("file").startsWith("io/retort/deployment/entities/R")
                    && generated.getString("file").endsWith("_add_gadget_weight.java"), generated.getString("file"));
            assertEquals("add column gadgets.weight integer", generated.getJsonArray("changes").getString(0));
        }

        String now = RestAssured.when().get("/now").then().statusCode(200).extract().asString();
        assertNotEquals("9ad9e7000001", now, "the reload applied the generated revision");
        try (DevUiJsonRpcClient rpc = new DevUiJsonRpcClient(VERTX.getDelegate(), DevUiJsonRpcTest.httpPort(), DevUiJsonRpcTest.NAMESPACE)) {
            JsonObject drift = rpc.call("drift");
            assertEquals(0, drift.getJsonArray("changes").size(), drift.encodePrettily());

            JsonObject squash = rpc.call("squash", new JsonObject().put("dataSource", "").put("from", "").put("to", ""));
            assertTrue(squash.getBoolean("ok"), squash.encodePrettily());
            assertEquals(List.of("9ad9e7000001", now), squash.getJsonArray("replaced").getList(), squash.encodePrettily());
            assertTrue(squash.getString("file").contains("_squash_9ad9e7000001_" + now), squash.encodePrettily());
            String id = squash.getString("id");
            assertEquals(id, RestAssured.when().get("/now").then().statusCode(200).extract().asString(),
                    "after the reload the database, past the replaced revisions, stands at the squash");
        }
        try (DevUiJsonRpcClient rpc = new DevUiJsonRpcClient(VERTX.getDelegate(), DevUiJsonRpcTest.httpPort(), DevUiJsonRpcTest.NAMESPACE)) {
            JsonObject graph = rpc.call("graph", new JsonObject().put("dataSource", ""));
            assertEquals(1, graph.getJsonArray("revisions").size(), graph.encodePrettily());
            assertEquals(2, graph.getJsonArray("revisions").getJsonObject(0).getJsonArray("replaces").size(), graph.encodePrettily());
        }
    }
}
