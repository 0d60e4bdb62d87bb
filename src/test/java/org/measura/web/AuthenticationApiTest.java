package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.measura.lifecycle.Readiness;

/** The token matrix: every way a token can be wrong is a 401 problem; a valid one is let in. */
@QuarkusTest
@TestProfile(AuthEnabledProfile.class)
class AuthenticationApiTest {

    private static final String PHQ9 = "{\"responses\": {\"1\": 2, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, "
            + "\"7\": 2, \"8\": 0, \"9\": 1}}";

    private static PrivateKey key(String name) throws Exception {
        return KeyUtils.readPrivateKey("auth/" + name);
    }

    private static JwtClaimsBuilder claims() {
        Instant now = Instant.now();
        return Jwt.issuer(AuthEnabledProfile.ISSUER).audience(AuthEnabledProfile.AUDIENCE).subject("ehr-system-1")
                .issuedAt(now).expiresAt(now.plusSeconds(600));
    }

    private static RequestSpecification scoring(String authorization) {
        RequestSpecification spec = given().contentType(ContentType.JSON).body(PHQ9);
        return authorization == null ? spec : spec.header("Authorization", authorization);
    }

    private static void refused(String authorization) {
        scoring(authorization).post("/instruments/phq9/scores")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("/problems/unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void noToken() {
        refused(null);
    }

    @Test
    void malformedToken() {
        refused("Bearer not.a.jwt");
    }

    @Test
    void wrongSignature() throws Exception {
        refused("Bearer " + claims().sign(key("other-private.pem")));
    }

    @Test
    void expired() throws Exception {
        Instant now = Instant.now();
        refused("Bearer " + claims().issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600))
                .sign(key("test-private.pem")));
    }

    @Test
    void notYetValid() throws Exception {
        Instant now = Instant.now();
        refused("Bearer " + claims().claim("nbf", now.plusSeconds(3600).getEpochSecond())
                .expiresAt(now.plusSeconds(7200)).sign(key("test-private.pem")));
    }

    @Test
    void wrongIssuer() throws Exception {
        refused("Bearer " + claims().issuer("https://someone-else.test").sign(key("test-private.pem")));
    }

    @Test
    void wrongAudience() throws Exception {
        refused("Bearer " + claims().audience("another-service").sign(key("test-private.pem")));
    }

    @Test
    void validTokenIsLetIn() throws Exception {
        scoring("Bearer " + claims().sign(key("test-private.pem"))).post("/instruments/phq9/scores")
                .then().statusCode(200).body("scales[0].score", equalTo(12));
    }

    /** Verified tokens are remembered (org.measura.auth): a copy differing in one character is verified afresh. */
    @Test
    void aTokenLetInIsLetInAgainButATamperedCopyIsNot() throws Exception {
        String token = claims().sign(key("test-private.pem"));
        for (int i = 0; i < 3; i++) {
            scoring("Bearer " + token).post("/instruments/phq9/scores").then().statusCode(200);
        }
        int at = token.length() - 10; // inside the signature, clear of the last character's unused bits
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        refused("Bearer " + token.substring(0, at) + changed + token.substring(at + 1));
        String otherClaims = token.substring(0, token.indexOf('.') + 1) + claims().subject("ehr-system-2")
                .sign(key("test-private.pem")).split("\\.")[1] + token.substring(token.lastIndexOf('.'));
        refused("Bearer " + otherClaims);
        scoring("Bearer " + token).post("/instruments/phq9/scores").then().statusCode(200);
    }

    @Test
    void everyApiPathIsProtected() {
        given().get("/instruments").then().statusCode(401);
        given().get("/instruments/phq9").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"administrations\": []}").post("/scores").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"administrations\": []}").post("/trends").then().statusCode(401);
    }

    @Test
    void operationalPathsStayOpen() throws InterruptedException {
        Readiness.await();
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
