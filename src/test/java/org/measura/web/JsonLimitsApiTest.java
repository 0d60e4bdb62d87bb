package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Hostile JSON shapes are refused with a problem, before they cost anything. */
@QuarkusTest
class JsonLimitsApiTest {

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(40) + "]".repeat(40);
        given().contentType(ContentType.JSON).body("{\"responses\": {}, \"coding\": " + deep + "}")
                .post("/instruments/phq9/scores")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/json-limit"))
                .body("detail", containsString("nests deeper"));
    }

    @Test
    void overlongNumbersAreRefusedWithoutEchoingThem() {
        String number = "9".repeat(60);
        given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": " + number + "}}")
                .post("/instruments/phq9/scores")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/json-limit"))
                .body(not(containsString(number)));
    }

    @Test
    void overlongStringsAreRefused() {
        String text = "x".repeat(20_001);
        given().contentType(ContentType.JSON).body("{\"responses\": {}, \"coding\": \"" + text + "\"}")
                .post("/instruments/phq9/scores")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/json-limit"))
                .body("detail", containsString("string longer"));
    }

    @Test
    void hugeButShortNumbersAreOutOfRangeNotAServerError() {
        given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 1e308, \"2\": -99999999999}}")
                .post("/instruments/phq9/scores")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
