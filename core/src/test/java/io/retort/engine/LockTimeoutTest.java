package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lock held by another session: the upgrade waits up to the timeout, then fails naming the setting. */
class LockTimeoutTest extends EngineSuite {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void lockHeldElsewhereFailsAfterTheTimeout(Backend backend) {
        try (TestDatabase db = backend.open(vertx)) {
            RetortOptions options = RetortOptions.defaults().withLockTimeout(Duration.ofMillis(500))
                    .withLockTimeoutSetting("quarkus.retort.lock-timeout");
            Retort retort = Retort.of(GeneratedChain.linear(2), backend.dialect(), db.pool(), options);
            SqlConnection holder = db.newPool().getConnection().await().indefinitely();
            Sql.runAll(holder, backend.dialect().sessionSetup(Duration.ofSeconds(5))).await().indefinitely();
            Sql.runAll(holder, backend.dialect().beginLocked(Duration.ofSeconds(5), RetortOptions.defaults().lockKey()))
                    .await().indefinitely();

            long started = System.nanoTime();
            LockTimeoutException failure = assertThrows(LockTimeoutException.class, () -> retort.upgrade("head").await().indefinitely());
            long waited = (System.nanoTime() - started) / 1_000_000;

            assertTrue(waited >= 400, "waited " + waited + " ms, about the timeout");
            assertTrue(waited < 15_000, "waited " + waited + " ms, not much more than the timeout");
            assertTrue(failure.getMessage().contains("quarkus.retort.lock-timeout"), failure.getMessage());
            assertTrue(failure.getMessage().contains("500 ms"), failure.getMessage());

            Sql.run(holder, "ROLLBACK").await().indefinitely();
            // MariaDB's lock belongs to the session, which a pooled connection's close does not end.
            Sql.runAll(holder, backend.dialect().releaseLock(RetortOptions.defaults().lockKey())).await().indefinitely();
            holder.closeAndAwait();
            assertEquals(2, retort.upgrade("head").await().indefinitely().steps().size());
            assertEquals(Set.of("g002"), retort.current().await().indefinitely());
        }
    }
}
