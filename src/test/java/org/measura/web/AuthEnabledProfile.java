package org.measura.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service as deployed: authentication on, trusting the test key pair in src/test/resources/auth. */
public class AuthEnabledProfile implements QuarkusTestProfile {

    static final String ISSUER = "https://issuer.test/measura";
    static final String AUDIENCE = "measura-api";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "measura.auth.enabled", "true",
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE,
                "mp.jwt.verify.publickey.location", "auth/test-public.pem");
    }
}
