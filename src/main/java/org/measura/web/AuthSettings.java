package org.measura.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Checks at start-up that authentication is either configured completely or switched off on purpose, and says which
 * in the log. With {@code measura.auth.enabled=true} (the default) the service refuses to start without an issuer,
 * an audience and a verification key, rather than running with a check that can never pass or that skips the issuer.
 */
@Singleton
public class AuthSettings {

    private static final Logger LOG = Logger.getLogger(AuthSettings.class);

    void check(@Observes StartupEvent start, Config config) {
        boolean enabled = config.getOptionalValue("measura.auth.enabled", Boolean.class).orElse(true);
        if (!enabled) {
            LOG.warn("Authentication is OFF (measura.auth.enabled=false): every API path is open to any caller. "
                    + "Use this only for local trials, never with real health data.");
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(config.getOptionalValue("mp.jwt.verify.issuer", String.class))) {
            missing.add("mp.jwt.verify.issuer");
        }
        if (blank(config.getOptionalValue("mp.jwt.verify.audiences", String.class))) {
            missing.add("mp.jwt.verify.audiences");
        }
        if (blank(config.getOptionalValue("mp.jwt.verify.publickey.location", String.class))
                && blank(config.getOptionalValue("mp.jwt.verify.publickey", String.class))) {
            missing.add("mp.jwt.verify.publickey.location (a PEM file or a JWKS URL)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Authentication is on (measura.auth.enabled=true) but not configured; set "
                    + String.join(", ", missing) + ", or set measura.auth.enabled=false for a local trial.");
        }
        LOG.info("Authentication is on: API paths require a bearer JWT from the configured issuer and audience.");
    }

    private static boolean blank(Optional<String> value) {
        return value.isEmpty() || value.get().isBlank();
    }
}
