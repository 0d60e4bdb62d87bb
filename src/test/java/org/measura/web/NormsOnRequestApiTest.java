package org.measura.web;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Norm-referenced scores only when asked for, on every scoring endpoint. PHQ-9 answers summing to 12
 * (2+2+1+2+1+1+2+0+1); Kocalevent 2013 women M 3.1, SD 3.5: z = 8.9 / 3.5 = 2.54, T = 75.4, Φ(2.543) = 99.5 %.
 */
@QuarkusTest
class NormsOnRequestApiTest {

    private static final String RESPONSES = "{\"1\": 2, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, "
            + "\"8\": 0, \"9\": 1}";

    @Test
    void noNormsUnlessAsked() {
        given().contentType(ContentType.JSON).body("{\"responses\": " + RESPONSES + "}")
                .post("/instruments/phq9/scores").then().statusCode(200)
                .body("scales[0].score", equalTo(12)).body("scales[0].norms", nullValue())
                .body(not(containsString("percentile")));
        given().contentType(ContentType.JSON)
                .body("{\"administrations\": [{\"instrument\": \"gad7\", \"responses\": {\"1\": 1, \"2\": 1, \"3\": 0, "
                        + "\"4\": 1, \"5\": 0, \"6\": 1, \"7\": 0}}]}")
                .post("/scores").then().statusCode(200).body(not(containsString("percentile")));
    }

    @Test
    void aCitedSampleByItsIdOnEveryEndpoint() {
        String single = "{\"responses\": " + RESPONSES + ", \"norms\": {\"total\": \"de-general-women\"}}";
        given().contentType(ContentType.JSON).body(single).post("/instruments/phq9/scores").then().statusCode(200)
                .body("scales[0].norms", hasSize(1))
                .body("scales[0].norms[0].sample", equalTo("German general population, women"))
                .body("scales[0].norms[0].origin", equalTo("definition"))
                .body("scales[0].norms[0].source", equalTo("kocalevent2013"))
                .body("scales[0].norms[0].z", equalTo(2.54f))
                .body("scales[0].norms[0].t", equalTo(75.4f))
                .body("scales[0].norms[0].percentile", equalTo(99.5f));
        String entry = "{\"instrument\": \"phq9\", \"responses\": " + RESPONSES
                + ", \"norms\": {\"total\": \"de-general-women\"}}";
        given().contentType(ContentType.JSON).body("{\"administrations\": [" + entry + "]}").post("/scores")
                .then().statusCode(200).body("results[0].result.scales[0].norms[0].z", equalTo(2.54f));
        given().contentType("application/x-ndjson").body((entry + "\n").getBytes(UTF_8)).post("/bulk/scores")
                .then().statusCode(200).body(containsString("\"z\":2.54")).body(containsString("\"percentile\":99.5"));
    }

    @Test
    void anUnknownSampleIdIsRefusedNamingTheSamplesThereAre() {
        given().contentType(ContentType.JSON)
                .body("{\"responses\": " + RESPONSES + ", \"norms\": {\"total\": \"uk-general\"}}")
                .post("/instruments/phq9/scores").then().statusCode(422)
                .body("type", equalTo("/problems/invalid-responses"))
                .body("errors[0].pointer", equalTo("/norms/total"))
                .body("errors[0].reason", equalTo("is not a reference sample of PHQ-9 total (samples: "
                        + "de-general-women, de-general-men)"));
        // The K6 definition cites no reference sample: the caller is told to send its own.
        given().contentType(ContentType.JSON)
                .body("{\"administrations\": [{\"instrument\": \"k6\", \"responses\": {}, "
                        + "\"norms\": {\"total\": \"x\"}}]}")
                .post("/scores").then().statusCode(200)
                .body("results[0].problem.errors[0].pointer", equalTo("/administrations/0/norms/total"))
                .body("results[0].problem.errors[0].reason", containsString("cites none, so send your own"));
        given().contentType(ContentType.JSON).body("{\"responses\": " + RESPONSES + ", \"norms\": {\"total\": 3}}")
                .post("/instruments/phq9/scores").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/norms/total"))
                .body("errors[0].reason", containsString("must be the id of a reference sample the definition cites"));
    }
}
