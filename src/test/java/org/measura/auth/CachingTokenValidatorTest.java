package org.measura.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens sits in front of Quarkus's JWT validator: a token let in is remembered, a bad one not. */
@QuarkusTest
@TestProfile(CachingTokenValidatorTest.AuthOn.class)
class CachingTokenValidatorTest {

    public static class AuthOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("measura.auth.enabled", "true", "mp.jwt.verify.issuer", "https://issuer.test/measura",
                    "mp.jwt.verify.audiences", "measura-api", "mp.jwt.verify.publickey.location", "auth/test-public.pem");
        }
    }

    @Inject
    CachingTokenValidator validator;

    private static int score(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body("{\"responses\": {\"1\": 2, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, \"8\": 0, "
                        + "\"9\": 1}}")
                .post("/instruments/phq9/scores").statusCode();
    }

    private static String token(String subject, String keyFile) throws Exception {
        Instant now = Instant.now();
        return Jwt.issuer("https://issuer.test/measura").audience("measura-api").subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(600)).sign(KeyUtils.readPrivateKey("auth/" + keyFile));
    }

    @Test
    void aTokenLetInIsRememberedAndABadOneIsNot() throws Exception {
        int before = validator.remembered();
        assertThat(score(token("cache-client-1", "other-private.pem"))).isEqualTo(401);
        assertThat(validator.remembered()).as("a refused token").isEqualTo(before);
        String good = token("cache-client-2", "test-private.pem");
        assertThat(score(good)).isEqualTo(200);
        assertThat(validator.remembered()).as("the token let in").isEqualTo(before + 1);
        assertThat(score(good)).isEqualTo(200);
        assertThat(validator.remembered()).as("the same token again").isEqualTo(before + 1);
    }
}
