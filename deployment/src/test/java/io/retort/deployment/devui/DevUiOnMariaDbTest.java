package io.retort.deployment.devui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusDevModeTest;
import io.restassured.RestAssured;
import io.retort.deployment.devmode.DevModeApps;
import io.retort.deployment.entities.AddGadgetWeight;
import io.retort.deployment.entities.CreateGadgets;
import io.retort.deployment.entities.Gadget;
import io.retort.testing.MariaDbTestDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * quarkus dev on MariaDB with nothing applied at start: the Dev UI's JSON-RPC methods show the
 * pending SQL in MariaDB's quoting and the drift from the entities, upgrade, list the history with
 * its times in UTC, and downgrade, as on PostgreSQL ({@link DevUiJsonRpcTest}).
 */
class DevUiOnMariaDbTest {

    static final Vertx VERTX = Vertx.vertx();
    static final MariaDbTestDatabase DB = MariaDbTestDatabase.create(VERTX);

    @RegisterExtension
    static final QuarkusDevModeTest DEV = DevModeApps.mariadb(DB, List.of("quarkus.retort.migrate-at-start=false"),
            Gadget.class, CreateGadgets.class, AddGadgetWeight.class);

    @AfterAll
    static void drop() {
        DB.close();
        VERTX.closeAndAwait();
    }

    @Test
    void pendingDriftUpgradeHistoryAndDowngrade() throws Exception {
        RestAssured.when().get("/q/dev-ui/").then().statusCode(200);
        try (DevUiJsonRpcClient rpc = new DevUiJsonRpcClient(VERTX.getDelegate(), DevUiJsonRpcTest.httpPort(), DevUiJsonRpcTest.NAMESPACE)) {
            JsonObject pending = rpc.call("pending");
            assertNull(pending.getString("error"), pending.encode());
            JsonArray steps = pending.getJsonArray("steps");
            assertEquals(2, steps.size(), steps.encodePrettily());
            assertTrue(steps.getJsonObject(0).encode().contains("CREATE TABLE `gadgets`"), steps.encodePrettily());

            JsonObject drift = rpc.call("drift");
            assertTrue(drift.getBoolean("available"), drift.encode());
            assertTrue(drift.getJsonArray("changes").encode().contains("gadgets"), drift.encode());

            JsonObject head = rpc.call("upgrade", new JsonObject().put("target", "head"));
            assertTrue(head.getBoolean("ok"), head.encode());
            assertEquals(List.of(DevUiJsonRpcTest.CREATE, DevUiJsonRpcTest.WEIGHT), head.getJsonArray("applied").getList());
            assertEquals("\"up to date\"", rpc.callRaw("pendingLabel"));
            assertEquals(1L, DB.pool().query("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = 'gadgets' AND COLUMN_NAME = 'weight'").execute().await().indefinitely().iterator().next().getLong(0));

            JsonObject down = rpc.call("downgradeOne");
            assertTrue(down.getBoolean("ok"), down.encode());
            assertEquals(List.of(DevUiJsonRpcTest.CREATE), down.getJsonArray("to").getList());
            JsonArray rows = rpc.call("history").getJsonArray("rows");
            assertEquals(3, rows.size(), rows.encodePrettily());
            assertEquals("downgrade", rows.getJsonObject(0).getString("direction"), rows.encodePrettily());
            assertTrue(rows.getJsonObject(0).getString("appliedAt").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"),
                    rows.encodePrettily());
        }
    }
}
