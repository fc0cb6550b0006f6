package io.retort.it.panache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.retort.engine.Retort;
import io.retort.junit.ScratchPostgres;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Retort migrates at start before Hibernate Reactive validates the schema
 * ({@code schema-management.strategy=validate}); Panache entities then work on it.
 */
@QuarkusTest
@QuarkusTestResource(ScratchPostgres.class)
class PanacheOnRetortSchemaTest {

    @Inject
    Retort retort;

    @Test
    void hibernateValidatesTheMigratedSchemaAndPanacheWorks() {
        assertEquals(Set.of("0d5e1f000004"), retort.current().await().indefinitely());

        given().contentType(ContentType.JSON)
                .body("{\"title\":\"Dune\",\"author\":\"Frank Herbert\",\"published\":\"1965-08-01\",\"price\":9.99}")
                .when().post("/books").then().statusCode(201).body("inPrint", equalTo(true));
        given().contentType(ContentType.JSON).body("{\"title\":\"Children of Dune\",\"author\":\"Frank Herbert\"}")
                .when().post("/books").then().statusCode(201);

        given().when().get("/books").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].author", equalTo("Frank Herbert"))
                .body("[0].price", equalTo(9.99f));
    }

    @Test
    void theEntityBaseAssignsAUlidTimestampsAndTags() {
        String id = given().contentType(ContentType.JSON).body("{\"name\":\"fiction\",\"tags\":[\"a\",\"b\"]}")
                .when().post("/shelves").then().statusCode(200)
                .body("id", matchesPattern("[0-9A-HJKMNP-TV-Z]{26}"))
                .body("tags", contains("a", "b"))
                .extract().path("id");
        String created = given().when().contentType(ContentType.JSON).body("{\"name\":\"sci-fi\"}").put("/shelves/" + id)
                .then().statusCode(200).body("name", equalTo("sci-fi")).extract().path("createdAt");
        given().contentType(ContentType.JSON).body("{\"name\":\"plain\"}").when().post("/shelves").then().statusCode(200)
                .body("tags", hasSize(0));
        org.junit.jupiter.api.Assertions.assertNotNull(created);
    }
}
