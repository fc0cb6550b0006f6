package io.retort.deployment;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.QuarkusUnitTest;
import io.restassured.RestAssured;
import io.retort.deployment.app.AddUserNickname;
import io.retort.deployment.app.CreateUsers;
import io.retort.engine.Retort;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Readiness in a rolling deploy: an instance that does not migrate ({@code migrate-at-start=false})
 * stays ready with pending revisions (another instance or a job applies them), and a database ahead
 * of the code is ready with the detail. Both used to report DOWN, taking every old instance out of
 * the load balancer the moment the first new one migrated.
 */
class HealthCheckTest {

    static final ScratchDatabase DB = ScratchDatabase.postgres("HealthCheckTest");

    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.postgres(DB, CreateUsers.class, AddUserNickname.class)
            .overrideConfigKey("quarkus.retort.migrate-at-start", "false");

    @Inject
    Retort retort;

    @AfterAll
    static void drop() {
        DB.close();
    }

    @Test
    void pendingRevisionsAnotherInstanceAppliesAndADatabaseAheadAreReady() {
        RestAssured.when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Retort migrations' }.data.'<default>.pending'", equalTo(2))
                .body("checks.find { it.name == 'Retort migrations' }.data.'<default>.applies-pending'", equalTo(false))
                .body("checks.find { it.name == 'Retort migrations' }.data.'<default>.current'", equalTo("base"));

        retort.upgrade("head").await().indefinitely();

        RestAssured.when().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'Retort migrations' }.data.'<default>.pending'", equalTo(0))
                .body("checks.find { it.name == 'Retort migrations' }.data.'<default>.current'", equalTo("b2c3d4e5f6a1"))
                .body("checks.find { it.name == 'Retort migrations' }.data.'<default>.head'", equalTo("b2c3d4e5f6a1"));

        // A newer version of the application migrated further: this one is behind the database.
        DB.execute("UPDATE retort_version SET version_num = 'ffffffffffff'");
        RestAssured.when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Retort migrations' }.data.'<default>.ahead'", equalTo("ffffffffffff"));
    }
}
