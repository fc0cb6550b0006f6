package io.retort.examples.custom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.retort.engine.Retort;
import io.retort.junit.ScratchPostgres;
import io.retort.runtime.RetortEntityModel;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The first revision mixes the ready-made tables with the application's own; Hibernate Reactive
 * validates all entities on it and they work.
 */
@QuarkusTest
@QuarkusTestResource(ScratchPostgres.class)
class CustomMigrationsTest {

    @Inject
    Retort retort;

    @Inject
    RetortEntityModel model;

    @Test
    void entitiesWorkOnTheMigratedSchema() {
        assertTrue(retort.autogenerate(model.schema()).await().indefinitely().isEmpty(), "the revision covers every entity");
        String userId = given().contentType(ContentType.JSON).body("{\"email\":\"ada@example.com\",\"name\":\"Ada\"}")
                .when().post("/users").then().statusCode(200).body("active", equalTo(true)).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"totalAmount\":12.50}")
                .when().post("/users/" + userId + "/orders").then().statusCode(200)
                .body("status", equalTo("pending")).body("userId", equalTo(userId));
    }
}
