package io.retort.deployment.devui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusDevModeTest;
import io.retort.deployment.devmode.DevModeApps;
import io.retort.deployment.entities.AddGadgetWeight;
import io.retort.deployment.entities.CreateGadgets;
import io.retort.deployment.entities.Gadget;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Pending page lists the lock rules' findings under each pending revision (docs/safety.md). */
class DevUiPendingFindingsTest {

    static final Vertx VERTX = Vertx.vertx();
    static final PostgresTestDatabase DB = PostgresTestDatabase.create(VERTX);

    @RegisterExtension
    static final QuarkusDevModeTest DEV = DevModeApps.postgres(DB, List.of("quarkus.retort.migrate-at-start=false"),
            Gadget.class, CreateGadgets.class, AddGadgetWeight.class, ClearGadgetWeights.class);

    @AfterAll
    static void drop() {
        DB.close();
        VERTX.closeAndAwait();
    }

    @Test
    void findingsPerPendingRevision() throws Exception {
        try (DevUiJsonRpcClient rpc = new DevUiJsonRpcClient(VERTX.getDelegate(), DevUiJsonRpcTest.httpPort(), DevUiJsonRpcTest.NAMESPACE)) {
            JsonArray steps = rpc.call("pending").getJsonArray("steps");
            assertEquals(3, steps.size(), steps.encodePrettily());
            assertEquals(List.of(), steps.getJsonObject(0).getJsonArray("findings").getList(), "a new table blocks no one");
            assertEquals(List.of(), steps.getJsonObject(1).getJsonArray("findings").getList(), "a nullable column without default");
            List<?> findings = steps.getJsonObject(2).getJsonArray("findings").getList();
            assertEquals(1, findings.size(), steps.encodePrettily());
            assertTrue(String.valueOf(findings.get(0)).startsWith("[drop-mapped-column] drop column gadgets.weight: the entities still map"
                    + " gadgets.weight"), steps.encodePrettily());
        }
    }
}
