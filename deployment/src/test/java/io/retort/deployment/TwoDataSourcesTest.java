package io.retort.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusUnitTest;
import io.retort.deployment.app.AddUserNickname;
import io.retort.deployment.app.CreateUsers;
import io.retort.deployment.billing.CreateInvoices;
import io.retort.engine.Retort;
import io.retort.runtime.RetortDataSource;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two datasources, each migrating its own revisions (assigned by package) into its own database. */
class TwoDataSourcesTest {

    static final ScratchDatabase MAIN = ScratchDatabase.postgres("TwoDataSourcesTest.main");
    static final ScratchDatabase BILLING = ScratchDatabase.postgres("TwoDataSourcesTest.billing");

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(MAIN, CreateUsers.class, AddUserNickname.class, CreateInvoices.class)
            .overrideConfigKey("quarkus.datasource.\"billing\".db-kind", "postgresql")
            .overrideConfigKey("quarkus.datasource.\"billing\".reactive.url", BILLING.url())
            .overrideConfigKey("quarkus.retort.\"billing\".packages", "io.retort.deployment.billing");

    @Inject
    Retort main;

    @Inject
    @RetortDataSource("billing")
    Retort billing;

    @AfterAll
    static void drop() {
        MAIN.close();
        BILLING.close();
    }

    @Test
    void eachDatabaseHasItsOwnRevisions() {
        assertEquals(Set.of("b2c3d4e5f6a1"), main.current().await().indefinitely());
        assertEquals(Set.of("f00d00000001"), billing.current().await().indefinitely());
        assertEquals(1, MAIN.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'users'"));
        assertEquals(0, MAIN.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'invoices'"));
        assertEquals(1, BILLING.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'invoices'"));
        assertEquals(0, BILLING.count("SELECT COUNT(*) FROM pg_tables WHERE tablename = 'users'"));
    }
}
