package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The cohort operations' refusals: each names the field and the reason. Their figures are in CohortOutcomesTest. */
@QuarkusTest
class CohortApiTest {

    private static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    @Test
    void noClientsIsABadRequest() {
        post("/cohorts/outcomes", "{\"clients\": []}").statusCode(400)
                .body("errors.pointer", contains("/clients"));
    }

    @Test
    void aClientsOwnProblemIsCountedNotFatal() {
        post("/cohorts/outcomes", """
                {"clients": [{"administrations": [{"instrument": "nope", "date": "2026-01-05", "scores": {"total": 3}}]},
                             {"administrations": [{"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 30}}]}]}""")
                .statusCode(200)
                .body("overall.clients", equalTo(2))
                .body("overall.unanalysed", equalTo(2))
                .body("overall.faults.invalid-trend-request", equalTo(2))
                .body("unanalysedClients.reasons.flatten()", hasItem(
                        "/clients/1/administrations/0/scores/total: must be a number within the scale's range 0-27"));
    }

    @Test
    void anUnknownBenchmarkOutcomeIsNamed() {
        post("/cohorts/outcomes", """
                {"clients": [{"administrations": [{"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 3}}]}],
                 "benchmarks": [{"measure": "phq9/total", "outcome": "cured", "rate": 0.5},
                                {"measure": "phq9/total", "outcome": "recovery", "rate": 1.5}]}""")
                .statusCode(422)
                .body("type", equalTo("/problems/invalid-cohort-request"))
                .body("errors.pointer", contains("/benchmarks/0/outcome"));
        post("/cohorts/outcomes", """
                {"clients": [{"administrations": [{"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 3}}]}],
                 "benchmarks": [{"measure": "phq9/total", "outcome": "recovery", "rate": 1.5}]}""")
                .statusCode(422)
                .body("errors.pointer", contains("/benchmarks/0/rate"));
    }

    @Test
    void aPartialOfAnotherFormatIsRefused() {
        post("/cohorts/merge", "{\"partials\": [{\"format\": \"other/1\", \"groups\": []}]}").statusCode(422)
                .body("errors.pointer", contains("/partials/0/format"));
        post("/cohorts/merge", "{\"partials\": []}").statusCode(422)
                .body("errors.pointer", contains("/partials"));
        post("/cohorts/merge", "{\"partials\": [{\"format\": \"measura-cohort-partial/1\", \"groups\": [{\"clients\": "
                + "\"many\"}]}]}").statusCode(400);
    }

    @Test
    void aSuppliedCurveOutOfOrderIsNamed() {
        given().contentType(ContentType.JSON).body("""
                {"administrations": [{"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 12}}],
                 "expectedResponse": {"curves": [{"instrument": "phq9", "scale": "total", "sessions": [
                   {"session": 2, "p10": 8, "p25": 9, "p50": 10, "p75": 9.5, "p90": 12}]}],
                   "atRiskPercentile": 90, "notOnTrackPercentile": 75}}""")
                .when().post("/trends").then().statusCode(422)
                .body("errors.pointer", contains("/expectedResponse/notOnTrackPercentile",
                        "/expectedResponse/curves/0/sessions/0/p75"));
    }
}
