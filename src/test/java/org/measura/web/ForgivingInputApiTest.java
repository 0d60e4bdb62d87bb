package org.measura.web;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.measura.api.Problem;

/**
 * Input read kindly where no meaning is lost: a value written 2.0 is the answer 2, a missing Content-Type is the 415
 * the README promises (not a guess), and an unknown instrument id is answered with the catalog id it was probably
 * meant as. Every endpoint that reads item responses or instrument ids is tried.
 */
@QuarkusTest
class ForgivingInputApiTest {

    /** PHQ-9 answers summing to 12 (2+2+1+2+1+1+2+0+1), item 1 written as 2.0. */
    private static final String PHQ9_12_WITH_2_0 = """
            {"1": 2.0, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}""";
    private static final String PHQ9_WITH_2_5 = """
            {"1": 2.5, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 0, "9": 1}""";

    @TestHTTPResource("/")
    URI base;

    @Test
    void aWholeValueWrittenWithAFractionIsThatWholeNumberOnEveryEndpoint() {
        given().contentType(ContentType.JSON).body("{\"responses\": " + PHQ9_12_WITH_2_0 + "}")
                .post("/instruments/phq9/scores").then().statusCode(200).body("scales[0].score", equalTo(12));
        given().contentType(ContentType.JSON)
                .body("{\"administrations\": [{\"instrument\": \"phq9\", \"responses\": " + PHQ9_12_WITH_2_0 + "}]}")
                .post("/scores").then().statusCode(200).body("results[0].result.scales[0].score", equalTo(12));
        given().contentType("application/x-ndjson")
                .body(("{\"instrument\": \"phq9\", \"responses\": " + PHQ9_12_WITH_2_0 + "}\n").getBytes(UTF_8))
                .post("/bulk/scores").then().statusCode(200).body(containsString("\"score\":12"));
        given().contentType(ContentType.JSON).body(trend(PHQ9_12_WITH_2_0)).post("/trends")
                .then().statusCode(200).body("scales[0].series[0].score", equalTo(12));
        // 2e0 is JSON for the number 2 as well.
        given().contentType(ContentType.JSON).body("{\"responses\": " + PHQ9_12_WITH_2_0.replace("2.0", "2e0") + "}")
                .post("/instruments/phq9/scores").then().statusCode(200).body("scales[0].score", equalTo(12));
    }

    @Test
    void aFractionalValueIsStillRefusedWithItsPointer() {
        given().contentType(ContentType.JSON).body("{\"responses\": " + PHQ9_WITH_2_5 + "}")
                .post("/instruments/phq9/scores").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/responses/1"))
                .body("errors[0].reason", equalTo("must be a whole number on the form's scale"));
        given().contentType(ContentType.JSON)
                .body("{\"administrations\": [{\"instrument\": \"phq9\", \"responses\": " + PHQ9_WITH_2_5 + "}]}")
                .post("/scores").then().statusCode(200)
                .body("results[0].problem.errors[0].pointer", equalTo("/administrations/0/responses/1"));
        given().contentType(ContentType.JSON).body(trend(PHQ9_WITH_2_5)).post("/trends")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/administrations/0/responses/1"))
                .body("errors[0].reason", equalTo("must be a whole number on the form's scale"));
    }

    @Test
    void aBodyWithoutContentTypeIs415OnEveryOperationThatTakesOne() throws Exception {
        String json = "{\"responses\": {\"1\": 2}}";
        for (String path : new String[] {"instruments/phq9/scores", "scores", "trends", "trends/chart",
                "bulk/scores", "bulk/trends"}) {
            HttpResponse<String> answer = postWithoutContentType(path, json);
            assertThat(answer.statusCode()).as(path).isEqualTo(415);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue(Problem.MEDIA_TYPE);
            assertThat(answer.body()).as(path).contains("/problems/unsupported-media-type");
        }
        HttpResponse<String> fhir = postWithoutContentType("fhir/QuestionnaireResponse/$score", "{}");
        assertThat(fhir.statusCode()).isEqualTo(415);
        assertThat(fhir.body()).contains("\"resourceType\":\"OperationOutcome\"").contains("not-supported");
        // A wrong path is still 404, not 415: the check runs only where an operation matched.
        assertThat(postWithoutContentType("nowhere", json).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownIdThatSpellsACatalogIdOrAbbreviationGetsItAsAHint() {
        for (String asked : new String[] {"PHQ9", "phq-9", "PHQ-9"}) {
            given().contentType(ContentType.JSON).body("{\"responses\": {\"1\": 2}}")
                    .post("/instruments/" + asked + "/scores").then().statusCode(404)
                    .body("detail", equalTo("There is no instrument with this id (did you mean phq9?); "
                            + "GET /instruments lists them."));
        }
        given().get("/instruments/GAD7").then().statusCode(404)
                .body("detail", containsString("(did you mean gad7?)"));
        given().contentType(ContentType.JSON)
                .body("{\"administrations\": [{\"instrument\": \"Core-10\", \"responses\": {\"1\": 2}}]}")
                .post("/scores").then().statusCode(200)
                .body("results[0].problem.errors[0].reason", equalTo("is not a known instrument id "
                        + "(did you mean core10?)"));
        given().contentType("application/x-ndjson").body("{\"instrument\": \"DSQ40\", \"responses\": {\"1\": 2}}\n".getBytes(UTF_8))
                .post("/bulk/scores").then().statusCode(200).body(containsString("did you mean dsq40?"));
        given().contentType(ContentType.JSON).body("""
                {"administrations": [{"instrument": "phq-9", "date": "2026-01-05", "scores": {"total": 12}}]}""")
                .post("/trends").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/administrations/0/instrument"))
                .body("errors[0].reason", equalTo("is neither a catalog instrument nor a measure defined in "
                        + "measures (did you mean phq9?)"));
        given().get("/fhir/Questionnaire/PHQ-9").then().statusCode(404)
                .body(containsString("There is no Questionnaire with this id (did you mean phq9?)"));
    }

    @Test
    void theHintNeverEchoesWhatWasAsked() {
        // "<b>phq9" spells phq9 apart from punctuation: the hint names the catalog id, the markup is not repeated.
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"responses\": {\"1\": 2}}")
                .post("/instruments/%3Cb%3Ephq9/scores").then().statusCode(404)
                .body("detail", containsString("(did you mean phq9?)")).body(not(containsString("<b>")));
        // Nothing near: no hint at all.
        given().get("/instruments/oq45").then().statusCode(404)
                .body("detail", equalTo("There is no instrument with this id; GET /instruments lists them."));
    }

    private static String trend(String responses) {
        return "{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", \"responses\": "
                + responses + "}]}";
    }

    private HttpResponse<String> postWithoutContentType(String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
