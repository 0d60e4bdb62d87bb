package org.measura.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In the bench build, the controls read the body as the real endpoints do and send back what they read. */
@QuarkusTest
@TestProfile(EchoPresentTest.BenchOn.class)
class EchoPresentTest {

    public static class BenchOn implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "bench";
        }

        /** The test profile's own settings, which a profile of another name does not inherit. */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("measura.auth.enabled", "false",
                    "mp.jwt.verify.publickey.location", "auth/test-public.pem",
                    "mp.jwt.verify.issuer", "https://issuer.test/measura",
                    "mp.jwt.verify.audiences", "measura-api");
        }
    }

    @Test
    void scoreControlAnswersTheAdministrationItRead() {
        given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 2, \"2\": null}}")
                .post("/bench/echo/instruments/phq9/scores")
                .then().statusCode(200)
                .body("instrument", equalTo("phq9"))
                .body("responses.1", equalTo(2));
    }

    @Test
    void scoreControlRefusesWhatTheRealEndpointRefuses() {
        given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": \"two\"}}")
                .post("/bench/echo/instruments/phq9/scores")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/responses/1"));
    }

    @Test
    void trendControlAnswersTheRequestItRead() {
        given().contentType(ContentType.JSON)
                .body("{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", "
                        + "\"scores\": {\"total\": 12}}]}")
                .post("/bench/echo/trends")
                .then().statusCode(200).body("administrations[0].scores.total", equalTo(12));
    }

    @Test
    void openApiDocumentStillHasNoBenchPath() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).body(not(containsString("/bench")));
    }

    @Test
    void minimalScoreControlAnswersTheSumOfCheckedAnswers() {
        given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 2, \"2\": 3, \"9\": 1}}")
                .post("/bench/echo/minimal/scores")
                .then().statusCode(200).body("sum", equalTo(6));
        given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 4}}")
                .post("/bench/echo/minimal/scores")
                .then().statusCode(400);
    }

    @Test
    void treeControlWritesBackTheTreeItRead() {
        given().contentType(ContentType.JSON).body("{\"administrations\": [{\"anything\": [1, 2.5, null]}]}")
                .post("/bench/echo/tree")
                .then().statusCode(200).body("administrations[0].anything[1]", equalTo(2.5f));
    }
}
