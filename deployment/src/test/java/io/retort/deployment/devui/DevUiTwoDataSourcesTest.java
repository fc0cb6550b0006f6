package io.retort.deployment.devui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusDevModeTest;
import io.retort.deployment.app.CreateUsers;
import io.retort.deployment.billing.CreateInvoices;
import io.retort.deployment.devmode.DevModeApps;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Dev UI per datasource: the pages list the datasources and act on the one chosen. */
class DevUiTwoDataSourcesTest {

    static final Vertx VERTX = Vertx.vertx();
    static final PostgresTestDatabase MAIN = PostgresTestDatabase.create(VERTX);
    static final PostgresTestDatabase BILLING = PostgresTestDatabase.create(VERTX);

    @RegisterExtension
    static final QuarkusDevModeTest DEV = DevModeApps.postgres(MAIN, List.of(
                    "quarkus.retort.migrate-at-start=false",
                    "quarkus.retort.\"billing\".migrate-at-start=false",
                    "quarkus.retort.\"billing\".packages=io.retort.deployment.billing",
                    "quarkus.datasource.\"billing\".db-kind=postgresql",
                    "quarkus.datasource.\"billing\".reactive.url=" + BILLING.location(),
                    "quarkus.datasource.\"billing\".username=" + PostgresTestDatabase.user()),
            CreateUsers.class, CreateInvoices.class);

    @AfterAll
    static void drop() {
        MAIN.close();
        BILLING.close();
        VERTX.closeAndAwait();
    }

    @Test
    void eachDatasourceHasItsOwnPages() throws Exception {
        try (DevUiJsonRpcClient rpc = new DevUiJsonRpcClient(VERTX.getDelegate(), DevUiJsonRpcTest.httpPort(), DevUiJsonRpcTest.NAMESPACE)) {
            assertEquals("[\"<default>\",\"billing\"]", rpc.callRaw("dataSources"));

            JsonObject billing = rpc.call("pending", new JsonObject().put("dataSource", "billing"));
            assertEquals("billing", billing.getString("dataSource"));
            assertEquals(List.of("f00d00000001"), billing.getJsonArray("heads").getList());
            JsonObject main = rpc.call("pending", new JsonObject().put("dataSource", "<default>"));
            assertEquals(List.of("a1b2c3d4e5f6"), main.getJsonArray("heads").getList());

            JsonObject upgraded = rpc.call("upgrade", new JsonObject().put("dataSource", "billing").put("target", "head"));
            assertTrue(upgraded.getBoolean("ok"), upgraded.encode());
            assertEquals(List.of("f00d00000001"), upgraded.getJsonArray("to").getList());
            assertEquals(List.of(), rpc.call("pending", new JsonObject().put("dataSource", "<default>")).getJsonArray("current").getList(),
                    "the default datasource was not touched");
        }
    }
}
