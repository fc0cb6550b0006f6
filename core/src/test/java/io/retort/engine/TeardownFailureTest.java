package io.retort.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.dialect.Dialect;
import io.retort.testing.Backend;
import io.retort.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statements that hand the migration connection back to the application (SQLite's
 * {@code PRAGMA foreign_keys = ON}) used to have their failure swallowed: the run reported success
 * and the connection went back to the pool as the migration left it. A teardown that fails now fails
 * the run, naming the statements. (SQLite itself gives no way to make that pragma fail, so the
 * teardown here ends with a statement the database refuses.)
 */
class TeardownFailureTest extends EngineSuite {

    @Test
    void aFailingTeardownIsReportedNotSwallowed() {
        try (TestDatabase db = Backend.SQLITE.open(vertx)) {
            Dialect sqlite = Backend.SQLITE.dialect();
            Dialect failingTeardown = (Dialect) Proxy.newProxyInstance(Dialect.class.getClassLoader(), new Class<?>[] {Dialect.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("sessionTeardown")) {
                            return List.of("PRAGMA foreign_keys = ON", "SELECT * FROM no_such_table_at_teardown");
                        }
                        try {
                            return method.invoke(sqlite, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            Retort retort = Retort.of(GeneratedChain.linear(1), failingTeardown, db.pool(), RetortOptions.defaults());

            RetortException failure = assertThrows(RetortException.class, () -> retort.upgrade("head").await().indefinitely());

            assertTrue(failure.getMessage().contains("could not hand its connection back")
                    && failure.getMessage().contains("no_such_table_at_teardown"), failure.getMessage());
        }
    }
}
