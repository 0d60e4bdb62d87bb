package org.measura.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Without the bench profile the control endpoints do not exist, and the OpenAPI document never shows them. */
@QuarkusTest
class EchoAbsentTest {

    @Test
    void controlEndpointsAnswer404() {
        given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 1}}")
                .post("/bench/echo/instruments/phq9/scores")
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
        given().contentType(ContentType.JSON).body("{\"administrations\": []}").post("/bench/echo/trends")
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void openApiDocumentHasNoBenchPath() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).body(not(containsString("/bench")));
    }
}
