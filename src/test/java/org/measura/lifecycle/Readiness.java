package org.measura.lifecycle;

import static io.restassured.RestAssured.given;

/**
 * For tests that check what holds once the service is ready: readiness stays down while the deferred start-up work
 * runs (the FHIR context takes seconds), so a test that happens to run first in a freshly started application must
 * wait for it rather than read the start-up's 503 as a failure.
 */
public final class Readiness {

    private Readiness() {
    }

    /** Waits until readiness answers 200 (at most a minute, more than the FHIR warm-up needs); asserts nothing. */
    public static void await() throws InterruptedException {
        for (int i = 0; i < 600 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(100);
        }
    }
}
