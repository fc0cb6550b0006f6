package com.example.library;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorResourceTest {

    @Test
    void countsAuthors() {
        given().when().get("/authors").then().statusCode(200).body(is("0 authors"));
    }
}
