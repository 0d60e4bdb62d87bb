package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.measura.lifecycle.Readiness;

@QuarkusTest
class ScoringApiTest {

    private static final String PHQ9_12 = """
            {"responses": {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}}""";

    @Test
    void listsTheCatalog() {
        given().when().get("/instruments")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", hasItem("phq9"))
                .body("find { it.id == 'phq9' }.scales[0].range.max", equalTo(27));
    }

    @Test
    void returnsAWholeDefinitionWithSources() {
        given().when().get("/instruments/phq9")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("items", hasSize(9))
                .body("scales[0].missing.maxMissing", equalTo(2))
                .body("scales[0].cutoffs[0].source", equalTo("kroenke2001"))
                .body("sources.id", hasItem("nhs-dd-phq9"));
    }

    @Test
    void scoresOneAdministration() {
        given().contentType(ContentType.JSON).body(PHQ9_12)
                .when().post("/instruments/phq9/scores")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("instrument.id", equalTo("phq9"))
                .body("scales[0].score", equalTo(12))
                .body("scales[0].band.id", equalTo("moderate"))
                .body("scales[0].cutoffs[0].reached", equalTo(true))
                .body("flags[0].id", equalTo("self-harm-thoughts"))
                .body("flags[0].items[0].item", equalTo("9"));
    }

    @Test
    void prorationIsReported() {
        given().contentType(ContentType.JSON)
                .body("{\"responses\": {\"1\": 2, \"2\": 3, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, \"8\": 0}}")
                .when().post("/instruments/phq9/scores")
                .then().statusCode(200)
                .body("scales[0].score", equalTo(13.5f))
                .body("scales[0].prorated", equalTo(true))
                .body("scales[0].missingItems", contains("9"))
                .body("scales[0].prorating", containsString("mean of the 8 answered items"));
    }

    @Test
    void unknownInstrumentIs404Problem() {
        problem(given().contentType(ContentType.JSON).body(PHQ9_12).when().post("/instruments/phq-99/scores"), 404,
                "/problems/unknown-instrument")
                .body("instance", nullValue())
                .body(not(containsString("phq-99")));
        problem(given().when().get("/instruments/phq-99"), 404, "/problems/unknown-instrument");
    }

    @Test
    void unknownItemAndOutOfRangeValueAre422WithPointers() {
        problem(given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 4, \"11\": 1}}")
                .when().post("/instruments/phq9/scores"), 422, "/problems/invalid-responses")
                .body("errors.pointer", contains("/responses/1", "/responses/11"))
                .body("errors[0].reason", equalTo("must be a whole number from 0 to 3"))
                .body("errors[1].reason", equalTo("is not an item of PHQ-9 (items are 1, 2, 3, 4, 5, 6, 7, 8, 9; "
                        + "also accepted but not scored: 10)"));
    }

    @Test
    void theWholePhq9FormCanBeSentAndItem10IsSaidNotToBeUsed() {
        given().contentType(ContentType.JSON)
                .body("{\"responses\": {\"1\": 2, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, "
                        + "\"8\": 0, \"9\": 1, \"10\": 1}}")
                .when().post("/instruments/phq9/scores")
                .then().statusCode(200)
                .body("scales[0].score", equalTo(12))
                .body("notes", contains("Item 10 (difficulty the problems cause in daily life) is on the form but not "
                        + "part of any score of PHQ-9; its answer was not used."));
    }

    @Test
    void nonIntegerValuesAreRefusedWithoutEchoingThem() {
        problem(given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 1.75, \"2\": \"sometimes\"}}")
                .when().post("/instruments/phq9/scores"), 400, "/problems/invalid-request")
                .body("errors.pointer", contains("/responses/1", "/responses/2"))
                .body(not(containsString("1.75")))
                .body(not(containsString("sometimes")));
    }

    @Test
    void unknownFieldsAreRefused() {
        problem(given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 1}, \"patient\": \"Ann\"}")
                .when().post("/instruments/phq9/scores"), 400, "/problems/invalid-request")
                .body("errors[0].pointer", equalTo("/patient"))
                .body(not(containsString("Ann")));
    }

    @Test
    void missingResponsesAreRefused() {
        problem(given().contentType(ContentType.JSON).body("{}").when().post("/instruments/phq9/scores"), 400,
                "/problems/invalid-request")
                .body("errors[0].pointer", equalTo("/responses"));
    }

    @Test
    void tooManyMissingItemsIs422NotScorable() {
        problem(given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 1, \"2\": 1, \"3\": null}}")
                .when().post("/instruments/phq9/scores"), 422, "/problems/not-scorable")
                .body("detail", containsString("7 of 9 items unanswered"));
    }

    /** Too few items for a total, yet item 9 is endorsed: the self-harm flag must not be lost in a 422. */
    @Test
    void anEndorsedItem9IsReportedEvenWhenTheTotalCannotBeScored() {
        given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 1, \"2\": 2, \"9\": 2}}")
                .when().post("/instruments/phq9/scores")
                .then().statusCode(200)
                .body("scales[0].score", nullValue())
                .body("scales[0].notScoredReason", containsString("6 of 9 items unanswered"))
                .body("flags[0].id", equalTo("self-harm-thoughts"))
                .body("flags[0].items[0].value", equalTo(2))
                .body("notes[0]", equalTo("No scale of PHQ-9 could be scored (each scale says why); the answer is "
                        + "given for the flags that the answered items decide."));
    }

    @Test
    void malformedJsonIs400() {
        problem(given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 2,")
                .when().post("/instruments/phq9/scores"), 400, "/problems/malformed-json");
    }

    @Test
    void repeatedKeysAreRefusedNotSilentlyDropped() {
        problem(given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 2, \"1\": 0}}")
                .when().post("/instruments/phq9/scores"), 400, "/problems/malformed-json")
                .body("detail", containsString("repeats a field name"));
    }

    @Test
    void wrongContentTypeIs415() {
        problem(given().contentType(ContentType.TEXT).body("1=2").when().post("/instruments/phq9/scores"), 415,
                "/problems/unsupported-media-type");
    }

    @Test
    void unknownPathIs404() {
        problem(given().when().get("/no/such/path"), 404, "/problems/not-found");
    }

    @Test
    void wrongMethodIs405() {
        problem(given().when().delete("/instruments/phq9/scores"), 405, "/problems/method-not-allowed");
    }

    @Test
    void bodyOverTheLimitIs413Problem() {
        String big = "{\"responses\": {}, \"coding\": \"" + "x".repeat(1_100_000) + "\"}";
        problem(given().contentType(ContentType.JSON).body(big).when().post("/instruments/phq9/scores"), 413,
                "/problems/body-too-large");
    }

    @Test
    void chunkedBodiesWithoutALengthAre411Problems() throws Exception {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) new java.net.URL(
                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/instruments/phq9/scores")
                .openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(16);
        connection.setRequestProperty("Content-Type", "application/json");
        try (var out = connection.getOutputStream()) {
            out.write("{\"responses\": {\"1\": 1}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        org.assertj.core.api.Assertions.assertThat(connection.getResponseCode()).isEqualTo(411);
        org.assertj.core.api.Assertions.assertThat(connection.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void unknownCodingIs422() {
        problem(given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 1}, \"coding\": \"phenx\"}")
                .when().post("/instruments/phq9/scores"), 422, "/problems/invalid-responses")
                .body("errors[0].pointer", equalTo("/coding"));
    }

    @Test
    void batchAnswersEveryEntryInOrder() {
        String batch = """
                {"administrations": [
                  {"instrument": "phq9", "responses": {"1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}},
                  {"instrument": "phq9", "responses": {"1": 7}},
                  {"instrument": "no-such-form", "responses": {}},
                  "not an object",
                  {"responses": {"1": 1}},
                  {"instrument": "phq9", "responses": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "7": 0, "8": 0, "9": 0}}
                ]}""";
        given().contentType(ContentType.JSON).body(batch)
                .when().post("/scores")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("results", hasSize(6))
                .body("results.index", contains(0, 1, 2, 3, 4, 5))
                .body("results[0].result.scales[0].score", equalTo(12))
                .body("results[0].problem", nullValue())
                .body("results[1].problem.status", equalTo(422))
                .body("results[1].problem.errors[0].pointer", equalTo("/administrations/1/responses/1"))
                .body("results[2].problem.type", equalTo("/problems/unknown-instrument"))
                .body("results[2].problem.errors[0].pointer", equalTo("/administrations/2/instrument"))
                .body("results[3].problem.errors[0].pointer", equalTo("/administrations/3"))
                .body("results[4].problem.errors[0].pointer", equalTo("/administrations/4/instrument"))
                .body("results[5].result.scales[0].score", equalTo(0));
    }

    @Test
    void batchOverOneThousandIsRefused() {
        String entries = IntStream.range(0, 1001).mapToObj(i -> "{\"instrument\": \"phq9\", \"responses\": {}}")
                .collect(Collectors.joining(","));
        problem(given().contentType(ContentType.JSON).body("{\"administrations\": [" + entries + "]}")
                .when().post("/scores"), 400, "/problems/invalid-request")
                .body("errors[0].pointer", equalTo("/administrations"));
    }

    @Test
    void batchWithoutAdministrationsIsRefused() {
        problem(given().contentType(ContentType.JSON).body("{\"items\": []}").when().post("/scores"), 400,
                "/problems/invalid-request")
                .body("errors.pointer", contains("/items", "/administrations"));
    }

    @Test
    void operationalEndpointsAreServed() throws InterruptedException {
        Readiness.await();
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/instruments/{id}/scores"));
    }

    private static io.restassured.response.ValidatableResponse problem(io.restassured.response.Response response,
            int status, String type) {
        return response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(type))
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("org.measura")));
    }
}
