package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-caller rate limit, set to one request every 2 seconds for this test alone (the test profile turns it off):
 * the first request goes through, the next within 2 seconds is a 429 problem with Retry-After, on /fhir an
 * OperationOutcome. Without authentication the caller is the client address, so all requests here share one bucket.
 */
@QuarkusTest
@TestProfile(RateLimitApiTest.OneEveryTwoSeconds.class)
class RateLimitApiTest {

    public static class OneEveryTwoSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("measura.rate-limit.requests-per-second", "0.5");
        }
    }

    @Test
    void aCallerOverTheLimitIsToldWhenToRetry() throws Exception {
        Response over = burst("/instruments");
        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.contentType()).startsWith("application/problem+json");
        assertThat(over.jsonPath().getString("type")).isEqualTo("/problems/too-many-requests");
        assertThat(over.jsonPath().getInt("status")).isEqualTo(429);
        // Half a token a second and a bucket of one: the next token is at most 2 seconds away.
        assertThat(Integer.parseInt(over.header("Retry-After"))).isBetween(1, 2);
        assertThat(over.header("Cache-Control")).isEqualTo("no-store");

        Thread.sleep(2_100);
        Response fhir = burst("/fhir/metadata");
        assertThat(fhir.statusCode()).isEqualTo(429);
        assertThat(fhir.contentType()).startsWith("application/fhir+json");
        assertThat(fhir.jsonPath().getString("resourceType")).isEqualTo("OperationOutcome");
        assertThat(Integer.parseInt(fhir.header("Retry-After"))).isBetween(1, 2);

        Thread.sleep(2_100);
        assertThat(given().when().get("/instruments").statusCode()).as("after waiting").isEqualTo(200);
    }

    /** Sends requests until one is refused (at most 10): the first must pass. */
    private static Response burst(String path) {
        int passed = 0;
        for (int i = 0; i < 10; i++) {
            Response answer = given().when().get(path);
            if (answer.statusCode() == 429) {
                assertThat(passed).as("requests that passed before the first 429").isGreaterThanOrEqualTo(1);
                return answer;
            }
            assertThat(answer.statusCode()).isEqualTo(200);
            passed++;
        }
        throw new AssertionError("10 requests in a burst were never refused");
    }
}
