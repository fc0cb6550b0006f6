package io.retort.engine;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import io.vertx.mutiny.core.Vertx;

/**
 * A separate process that upgrades a scratch database to the head of a generated chain, for tests
 * that kill it at random points. Usage: UpgradeProcess POSTGRESQL|SQLITE <database name or directory> <revisions>
 */
public final class UpgradeProcess {

    private UpgradeProcess() {
    }

    public static void main(String[] args) {
        Backend backend = Backend.valueOf(args[0]);
        int count = Integer.parseInt(args[2]);
        Vertx vertx = Vertx.vertx();
        TestDatabase db = backend.attach(vertx, args[1]);
        // Five revisions per request where they are chained: a kill then lands in the middle of a request,
        // and twenty killed runs still leave work for the next.
        Retort retort = Retort.of(GeneratedChain.linear(count), backend.dialect(), db.newPool(), RetortOptions.defaults().withChainedSteps(5));
        retort.upgrade("head").await().indefinitely();
        System.out.println("done");
        System.exit(0);
    }
}
