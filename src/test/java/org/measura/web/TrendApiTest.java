package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrendApiTest {

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/trends").then();
    }

    @Test
    void responsesAndScoresMixInOneSeries() {
        // PHQ-9 responses summing to 19 at baseline, then a score of 7: fall of 12 >= 6 (NHS TT, "6 or more").
        post("""
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-03-02", "phase": "termination", "scores": {"total": 7}},
                  {"instrument": "phq9", "date": "2026-01-05", "phase": "baseline",
                   "responses": {"1": 3, "2": 3, "3": 2, "4": 2, "5": 2, "6": 2, "7": 2, "8": 2, "9": 1}}
                ]}""")
                .statusCode(200)
                .body("scales", hasSize(1))
                .body("scales[0].series[0].score", equalTo(19))
                .body("scales[0].series[0].bandId", equalTo("moderately-severe"))
                .body("scales[0].series[1].score", equalTo(7))
                .body("scales[0].comparisons[0].rawChange", equalTo(-12))
                .body("scales[0].comparisons[0].reliableChange.status", equalTo("reliable-improvement"))
                .body("scales[0].comparisons[0].reliableChange.method", equalTo("published-threshold"))
                .body("scales[0].comparisons[0].clinicalSignificance.category", equalTo("recovered"));
    }

    @Test
    void aChangeExactlyAtAnInclusiveThresholdIsReliable() {
        // GAD-7 NHS TT threshold "4 or more": 12 -> 8 is a fall of exactly 4.
        post("""
                {"administrations": [
                  {"instrument": "gad7", "date": "2026-01-05", "scores": {"total": 12}},
                  {"instrument": "gad7", "date": "2026-02-05", "scores": {"total": 8}}
                ]}""")
                .statusCode(200)
                .body("scales[0].comparisons[0].reliableChange.status", equalTo("reliable-improvement"));
    }

    @Test
    void oneAdministrationGivesASeriesAndSaysSo() {
        post("{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", \"scores\": {\"total\": 12}}]}")
                .statusCode(200)
                .body("scales[0].series", hasSize(1))
                .body("scales[0].comparisons", hasSize(0))
                .body("scales[0].summary", containsString("no comparisons"));
    }

    @Test
    void tiesAreAProblemNotAGuess() {
        post("""
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 12}},
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 14}}
                ]}""")
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-trend-request"))
                .body("errors[0].pointer", startsWith("/administrations/"));
    }

    @Test
    void impossibleDatesAreRefusedWithAPointer() {
        post("{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-02-30\", \"scores\": {\"total\": 12}}]}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/administrations/0/date"));
    }

    @Test
    void unknownInstrumentsAndOutOfRangeScoresAre422() {
        post("""
                {"administrations": [
                  {"instrument": "bdi2", "date": "2026-01-05", "scores": {"total": 12}},
                  {"instrument": "phq9", "date": "2026-01-12", "scores": {"total": 28}}
                ]}""")
                .statusCode(422)
                .body("errors.pointer", hasItem("/administrations/0/instrument"))
                .body("errors.pointer", hasItem("/administrations/1/scores/total"));
    }

    @Test
    void aChosenMethodWithoutItsFiguresNamesWhatIsMissing() {
        post("""
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 18}},
                  {"instrument": "phq9", "date": "2026-03-05", "scores": {"total": 8}}
                ], "options": {"method": "jacobson-truax"}}""")
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/measures"))
                .body("errors[0].reason", containsString("referenceSd"));
    }

    @Test
    void higherIsBetterFlipsTheDirection() {
        // WHO-5 percentage rises from 32 to 60: higher is better, so a rise is improvement.
        post("""
                {"administrations": [
                  {"instrument": "who5", "date": "2026-01-05", "scores": {"percentage": 32}},
                  {"instrument": "who5", "date": "2026-03-05", "scores": {"percentage": 60}}
                ]}""")
                .statusCode(200)
                .body("scales[0].direction", equalTo("higher-is-better"))
                .body("scales[0].comparisons[0].rawChange", equalTo(28));
    }

    @Test
    void callerMeasuresNeedADirection() {
        post("""
                {"administrations": [{"instrument": "local", "date": "2026-01-05", "scores": {"total": 3}}],
                 "measures": [{"id": "local"}]}""")
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/measures/0/direction"));
    }

    @Test
    void exactlyOneOfResponsesAndScores() {
        post("{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\"}]}")
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/administrations/0"));
    }

    @Test
    void everyBadResponseValueIsNamedWithItsPointer() {
        post("""
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "responses": {"1": 1.5, "2": "a", "3": {"x": [1]},
                   "4": 99999999999, "5": null, "a/b": true}},
                  {"instrument": "phq9", "date": "2026-01-12", "responses": [1, 2]}
                ]}""")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", contains("/administrations/0/responses/1", "/administrations/0/responses/2",
                        "/administrations/0/responses/3", "/administrations/0/responses/4",
                        "/administrations/0/responses/a~1b", "/administrations/1/responses"))
                .body("errors.reason", contains("must be a whole number on the form's scale",
                        "must be a number (or null for an unanswered item)",
                        "must be a number (or null for an unanswered item)",
                        "must be a whole number on the form's scale",
                        "must be a number (or null for an unanswered item)",
                        "must be an object of item id to the value ticked"));
    }

    @Test
    void unknownFieldsAndBadTypesAreRefused() {
        post("{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", \"scores\": {\"total\": 3}, \"client\": \"Ann\"}]}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/administrations/0/client"));
        post("{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", \"session\": 1.5, \"scores\": {\"total\": 3}}]}")
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/administrations/0/session"));
    }

    @Test
    void moreThanFiveHundredAdministrationsAreRefused() {
        String many = IntStream.range(0, 501)
                .mapToObj(i -> "{\"instrument\": \"phq9\", \"date\": \"2026-01-01\", \"session\": " + i
                        + ", \"scores\": {\"total\": 3}}")
                .collect(Collectors.joining(","));
        post("{\"administrations\": [" + many + "]}")
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/administrations"));
    }

    @Test
    void anUnscorableAdministrationIsNotedNotSilentlyDropped() {
        post("""
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 12}},
                  {"instrument": "phq9", "date": "2026-01-12", "responses": {"1": 1}}
                ]}""")
                .statusCode(200)
                .body("scales[0].series", hasSize(1))
                .body("notes[0]", startsWith("/administrations/1: no scale of PHQ-9 could be scored"));
    }
}
