package io.retort.deployment.devui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.QuarkusDevModeTest;
import io.retort.deployment.devmode.DevModeApps;
import io.retort.deployment.entities.AddGadgetWeight;
import io.retort.deployment.entities.CreateGadgets;
import io.retort.deployment.entities.Gadget;
import io.retort.testing.PostgresTestDatabase;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Dev UI as a person sees it: headless Chromium (driven by devui-e2e/screenshots.mjs) opens each
 * page of the Retort card, clicks Upgrade to head, and saves screenshots under
 * target/devui-screenshots; the database is then at head.
 */
class DevUiBrowserTest {

    static final Path E2E = Path.of("../devui-e2e").toAbsolutePath().normalize();
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
    void chromiumClicksUpgradeAndEveryPageIsCaptured() throws Exception {
        // .ci/run installs both; a developer machine without them skips this one test.
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "chromium is installed");
        assumeTrue(Files.isDirectory(E2E.resolve("node_modules/playwright-core")), "npm ci ran in devui-e2e");
        Path out = Path.of("target/devui-screenshots").toAbsolutePath();

        Process node = new ProcessBuilder("node", "screenshots.mjs", "http://localhost:" + DevUiJsonRpcTest.httpPort(), out.toString())
                .directory(E2E.toFile()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes());
        assertTrue(node.waitFor(3, TimeUnit.MINUTES), "the browser script finished");
        assertEquals(0, node.exitValue(), output);

        for (String page : List.of("card", "pending", "pending-after-upgrade", "history", "graph", "graph-sql", "drift", "card-after-upgrade")) {
            Path shot = out.resolve(page + ".png");
            assertTrue(Files.size(shot) > 10_000, page + " screenshot has content: " + shot);
        }
        try (DevUiJsonRpcClient rpc = new DevUiJsonRpcClient(VERTX.getDelegate(), DevUiJsonRpcTest.httpPort(), DevUiJsonRpcTest.NAMESPACE)) {
            JsonObject pending = rpc.call("pending");
            assertEquals(List.of("9ad9e7000002"), pending.getJsonArray("current").getList(), "the click upgraded to head");
        }
    }
}
