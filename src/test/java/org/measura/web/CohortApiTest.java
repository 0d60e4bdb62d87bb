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
    void tooManyClientsIsABadRequestThatSaysWhereToSendThem() {
        String client = "{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", "
                + "\"scores\": {\"total\": 3}}]}";
        post("/cohorts/outcomes", "{\"clients\": [" + String.join(",", java.util.Collections.nCopies(1001, client))
                + "]}").statusCode(400)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors.pointer", contains("/clients"))
                .body("errors.reason", contains("holds more than 1000 clients; send larger cohorts to POST "
                        + "/bulk/cohorts"));
    }

    @Test
    void aClientThatIsNoObjectIsCountedWithWhereItIs() {
        post("/cohorts/outcomes", """
                {"clients": [{"administrations": [{"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 3}}]},
                             null]}""")
                .statusCode(200)
                .body("overall.clients", equalTo(2))
                .body("overall.faults.invalid-request", equalTo(1))
                .body("unanalysedClients.client", contains(1))
                .body("unanalysedClients[0].kind", equalTo("invalid-request"))
                .body("unanalysedClients[0].reasons", contains("/clients/1: must be an object"));
    }

    @Test
    void aMeasureBetterTheOtherWayRoundThanForEarlierClientsIsCountedAsAContradiction() {
        post("/cohorts/outcomes", """
                {"clients": [
                  {"measures": [{"id": "local", "direction": "lower-is-better"}],
                   "administrations": [{"instrument": "local", "date": "2026-01-05", "scores": {"total": 8}}]},
                  {"group": "b", "measures": [{"id": "local", "direction": "higher-is-better"}],
                   "administrations": [{"instrument": "local", "date": "2026-01-05", "scores": {"total": 8}}]}]}""")
                .statusCode(200)
                .body("overall.clients", equalTo(2))
                .body("overall.analysed", equalTo(1))
                .body("overall.faults.contradicting-direction", equalTo(1))
                .body("unanalysedClients[0].client", equalTo(1))
                .body("unanalysedClients[0].group", equalTo("b"))
                .body("unanalysedClients[0].reasons", contains(
                        "local/total is higher-is-better for this client but lower-is-better for earlier clients"));
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
