package io.retort.deployment.devui;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusDevModeTest;
import io.restassured.RestAssured;
import io.retort.deployment.devmode.DevModeApps;
import io.retort.deployment.entities.AddGadgetWeight;
import io.retort.deployment.entities.CreateGadgets;
import io.retort.deployment.entities.Gadget;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * quarkus dev with nothing applied at start: the Retort card's page is served, and its JSON-RPC
 * methods show the pending SQL, upgrade one step and then to the head, list the history, downgrade one
 * step, and return an unknown target as a failed outcome naming it.
 */
class DevUiJsonRpcTest {

    static final String NAMESPACE = "quarkus-retort";
    static final String CREATE = "9ad9e7000001";
    static final String WEIGHT = "9ad9e7000002";

    static final Vertx VERTX = Vertx.vertx();
    static final PostgresTestDatabase DB = PostgresTestDatabase.create(VERTX);

    @RegisterExtension
    static final QuarkusDevModeTest DEV = DevModeApps.postgres(DB, List.of("quarkus.retort.migrate-at-start=false"),
            Gadget.class, CreateGadgets.class, AddGadgetWeight.class);

    @AfterAll
    static void drop() {
        DB.close();
        VERTX.closeAndAwait();
    }

    @Test
    void theCardIsServed() {
        RestAssured.when().get("/q/dev-ui/").then().statusCode(200);
        RestAssured.when().get("/q/dev-ui/" + NAMESPACE + "/qwc-retort-history.js").then().statusCode(200)
                .body(containsString("customElements.define('qwc-retort-history'"));
        RestAssured.when().get("/q/dev-ui/" + NAMESPACE + "/qwc-retort-pending.js").then().statusCode(200)
                .body(containsString("Upgrade to head"));
    }

    @Test
    void pendingUpgradeHistoryDowngradeAndAnUnknownTarget() throws Exception {
        try (DevUiJsonRpcClient rpc = new DevUiJsonRpcClient(VERTX.getDelegate(), httpPort(), NAMESPACE)) {
            JsonObject pending = rpc.call("pending");
            assertNull(pending.getString("error"));
            assertEquals(List.of(), pending.getJsonArray("current").getList());
            assertEquals(List.of(WEIGHT), pending.getJsonArray("heads").getList());
            JsonArray steps = pending.getJsonArray("steps");
            assertEquals(2, steps.size(), steps.encodePrettily());
            assertEquals(CREATE, steps.getJsonObject(0).getString("revision"));
            assertEquals("create gadgets", steps.getJsonObject(0).getString("message"));
            assertTrue(sql(steps.getJsonObject(0)).contains("CREATE TABLE") && sql(steps.getJsonObject(0)).contains("gadgets"),
                    sql(steps.getJsonObject(0)));
            assertEquals(WEIGHT, steps.getJsonObject(1).getString("revision"));
            assertTrue(sql(steps.getJsonObject(1)).contains("weight"), sql(steps.getJsonObject(1)));

            JsonObject drift = rpc.call("drift");
            assertTrue(drift.getBoolean("available"));
            assertTrue(drift.getJsonArray("changes").encode().contains("gadgets"), drift.encode());

            JsonObject one = rpc.call("upgrade", new JsonObject().put("target", "+1"));
            assertTrue(one.getBoolean("ok"), one.encode());
            assertEquals(List.of(), one.getJsonArray("from").getList());
            assertEquals(List.of(CREATE), one.getJsonArray("applied").getList());
            assertEquals(List.of(CREATE), one.getJsonArray("to").getList());
            assertNull(one.getString("error"));

            JsonArray rows = rpc.call("history").getJsonArray("rows");
            assertEquals(1, rows.size(), rows.encodePrettily());
            JsonObject row = rows.getJsonObject(0);
            assertEquals(CREATE, row.getString("revision"));
            assertEquals("upgrade", row.getString("direction"));
            assertEquals("create gadgets", row.getString("message"));
            assertEquals("ok", row.getString("checksumStatus"));
            assertTrue(row.getLong("durationMillis") >= 0);

            JsonObject head = rpc.call("upgrade", new JsonObject().put("target", "head"));
            assertTrue(head.getBoolean("ok"), head.encode());
            assertEquals(List.of(WEIGHT), head.getJsonArray("applied").getList());
            assertEquals(0, rpc.call("pending").getJsonArray("steps").size());
            // The card's live labels, and a revision's SQL for the Graph page.
            assertEquals("\"up to date\"", rpc.callRaw("pendingLabel"));
            assertEquals("\"at " + WEIGHT + "\"", rpc.callRaw("currentLabel"));
            JsonObject sql = rpc.call("revisionSql", new JsonObject().put("id", CREATE));
            assertTrue(sql.getJsonArray("statements").encode().contains("CREATE TABLE"), sql.encode());

            JsonObject graph = rpc.call("graph");
            assertEquals(List.of(WEIGHT), graph.getJsonArray("current").getList());
            assertEquals(List.of(WEIGHT), graph.getJsonArray("heads").getList());
            assertEquals(WEIGHT, graph.getJsonArray("revisions").getJsonObject(0).getString("id"));
            assertEquals(List.of(CREATE), graph.getJsonArray("revisions").getJsonObject(0).getJsonArray("parents").getList());

            JsonObject down = rpc.call("downgradeOne");
            assertTrue(down.getBoolean("ok"), down.encode());
            assertEquals(List.of(WEIGHT), down.getJsonArray("from").getList());
            assertEquals(List.of(WEIGHT), down.getJsonArray("applied").getList());
            assertEquals(List.of(CREATE), down.getJsonArray("to").getList());
            JsonArray three = rpc.call("history").getJsonArray("rows");
            assertEquals(3, three.size());
            // Newest first, as retort:history lists it, with the same time format.
            assertEquals("downgrade", three.getJsonObject(0).getString("direction"), three.encodePrettily());
            assertEquals(CREATE, three.getJsonObject(2).getString("revision"), three.encodePrettily());
            assertTrue(three.getJsonObject(0).getString("appliedAt").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"),
                    three.encodePrettily());

            JsonObject stamped = rpc.call("stamp", new JsonObject().put("target", "head"));
            assertTrue(stamped.getBoolean("ok"), stamped.encode());
            assertEquals(List.of(CREATE), stamped.getJsonArray("from").getList());
            assertEquals(List.of(WEIGHT), stamped.getJsonArray("to").getList());
            assertEquals(List.of(), stamped.getJsonArray("applied").getList(), "a stamp runs nothing");
            JsonObject badStamp = rpc.call("stamp", new JsonObject().put("target", "nosuchrevision"));
            assertFalse(badStamp.getBoolean("ok"));
            assertTrue(badStamp.getString("error").contains("nosuchrevision"), badStamp.encode());
            rpc.call("stamp", new JsonObject().put("target", CREATE));

            JsonObject unknown = rpc.call("upgrade", new JsonObject().put("target", "nosuchrevision"));
            assertFalse(unknown.getBoolean("ok"), unknown.encode());
            assertTrue(unknown.getString("error").contains("nosuchrevision"), unknown.getString("error"));
            assertEquals(List.of(), unknown.getJsonArray("applied").getList());
        }
    }

    /** The dev-mode HTTP port RestAssured is pointed at (8080 unless the base URI says otherwise). */
    static int httpPort() {
        if (RestAssured.port != RestAssured.UNDEFINED_PORT) {
            return RestAssured.port;
        }
        int port = java.net.URI.create(RestAssured.baseURI).getPort();
        return port == -1 ? RestAssured.DEFAULT_PORT : port;
    }

    private static String sql(JsonObject step) {
        return step.getJsonArray("sql").stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("\n"));
    }
}
