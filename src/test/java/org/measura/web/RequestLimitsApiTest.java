package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The checks of a query parameter and of a batch's size answer the service's own problems (RFC 9457), never
 * Quarkus's violation report: the trend answer's {@code detail} parameter, and the size of a batch.
 */
@QuarkusTest
class RequestLimitsApiTest {

    @Test
    void aDetailOtherThanFullOrSummaryIsTheServicesProblem() {
        given().contentType(ContentType.JSON)
                .body("{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", "
                        + "\"scores\": {\"total\": 12}}]}")
                .queryParam("detail", "everything").post("/trends").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("status", equalTo(400))
                .body("detail", equalTo("The query parameter detail must be full or summary."))
                .body("$", not(hasKey("violations")))
                .body("$", not(hasKey("errors")));
    }

    @Test
    void aBatchOverItsSizeIsAFieldErrorAfterTheFaultsReadingFound() {
        // 1,001 entries: one more than a batch takes; the unknown field read first is named first.
        String entries = String.join(", ", Collections.nCopies(1001, "{}"));
        given().contentType(ContentType.JSON).body("{\"extra\": 1, \"administrations\": [" + entries + "]}")
                .post("/scores").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("detail", equalTo("2 fields are invalid; see errors."))
                .body("errors.pointer", contains("/extra", "/administrations"))
                .body("errors.reason", contains("is not a field of this request (fields: administrations)",
                        "holds more than 1000 administrations; split the batch"));
    }

    @Test
    void aBatchOfExactlyItsSizeIsAnswered() {
        // 1,000 empty entries: the batch is taken, and each entry answered on its own (no responses).
        String entries = String.join(", ", Collections.nCopies(1000, "{}"));
        given().contentType(ContentType.JSON).body("{\"administrations\": [" + entries + "]}")
                .post("/scores").then().statusCode(200)
                .body("results.size()", equalTo(1000))
                .body("results[999].index", equalTo(999))
                .body("results[999].problem.errors[1].pointer", equalTo("/administrations/999/responses"));
    }
}
