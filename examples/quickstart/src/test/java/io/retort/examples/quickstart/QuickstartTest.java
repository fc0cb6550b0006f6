package io.retort.examples.quickstart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The quickstart on its embedded SQLite file: migrated at start, then used through REST. */
@QuarkusTest
class QuickstartTest {

    @Test
    void theDatabaseWasMigratedAtStart() {
        given().when().get("/migrations").then().statusCode(200)
                .body("current", contains("c3b9d7e1f402"))
                .body("heads", contains("c3b9d7e1f402"))
                .body("history.revision", hasItem("5d1a0c3e9b27"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Retort migrations' }.data.'<default>.pending'", equalTo(0));
    }

    @Test
    void listsAndItemsRoundTrip() {
        int listId = given().contentType(ContentType.JSON).body("{\"name\":\"groceries-" + System.nanoTime() + "\"}")
                .when().post("/lists").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"title\":\"milk\"}")
                .when().post("/lists/" + listId + "/items").then().statusCode(201).body("priority", equalTo(0));
        int urgent = given().contentType(ContentType.JSON).body("{\"title\":\"bread\",\"priority\":3}")
                .when().post("/lists/" + listId + "/items").then().statusCode(201).extract().path("id");

        given().when().put("/items/" + urgent + "/done").then().statusCode(200).body("done", equalTo(true));
        given().when().get("/lists/" + listId + "/items").then().statusCode(200)
                .body("$", hasSize(2)).body("[0].title", equalTo("bread")).body("[0].done", equalTo(true));

        // The check constraint from revision c3b9d7e1f402 holds.
        given().contentType(ContentType.JSON).body("{\"title\":\"cake\",\"priority\":9}")
                .when().post("/lists/" + listId + "/items").then().statusCode(500);

        // ON DELETE CASCADE: foreign keys are enforced on the application's connections.
        given().when().delete("/lists/" + listId).then().statusCode(204);
        given().when().get("/lists/" + listId + "/items").then().statusCode(200).body("$", hasSize(0));
    }
}
