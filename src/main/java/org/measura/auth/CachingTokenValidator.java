package org.measura.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once and then remembers what it established, by the token's SHA-256, until the token
 * expires (sooner if {@code mp.jwt.verify.token.age} or {@code measura.auth.token-cache.max-age} says so), and never
 * past a change of the verification key. The same token sent again is then not parsed and its signature not checked
 * again: verifying an RS256 signature costs more than scoring a questionnaire. Placed before Quarkus's own JWT
 * validator (which it calls for every token it does not know); a token that fails verification is never remembered.
 * Nothing here logs.
 */
@ApplicationScoped
public class CachingTokenValidator implements IdentityProvider<TokenAuthenticationRequest> {

    private final MpJwtValidator verifier;
    private final VerifiedTokens<SecurityIdentity> verified;
    private final KeyFingerprint key;
    private final long maxAgeMillis;
    private final long tokenAgeMillis;

    CachingTokenValidator(MpJwtValidator verifier,
            @ConfigProperty(name = "measura.auth.token-cache.size", defaultValue = "10000") int size,
            @ConfigProperty(name = "measura.auth.token-cache.max-age", defaultValue = "5M") Duration maxAge,
            @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> tokenAgeSeconds,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens<>(size, System::currentTimeMillis);
        this.key = KeyFingerprint.of(inlineKey.orElse(null), keyLocation.orElse(null), System::currentTimeMillis);
        this.maxAgeMillis = maxAge.toMillis();
        this.tokenAgeMillis = tokenAgeSeconds.map(s -> s * 1000).orElse(Long.MAX_VALUE);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Before Quarkus's JWT validator (the default priority, 1001; higher goes first), which then sees only what this one
     * passes on.
     */
    @Override
    public int priority() {
        return 2000;
    }

    /** The number of tokens remembered now (for tests). */
    int remembered() {
        return verified.size();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof JsonWebTokenCredential credential)) {
            return verifier.authenticate(request, context);
        }
        TokenHash hash = TokenHash.of(credential.getToken());
        String keyNow = key.current();
        SecurityIdentity known = verified.find(hash, keyNow);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        long verifiedAt = System.currentTimeMillis();
        return verifier.authenticate(request, context).onItem().invoke(identity -> {
            if (identity != null && identity.getPrincipal() instanceof JsonWebToken token) {
                verified.remember(hash, identity, validUntil(token, verifiedAt), keyNow);
            }
        });
    }

    /** The token's expiry, its maximum age after issue when one is configured, and the cache's own maximum age. */
    private long validUntil(JsonWebToken token, long verifiedAt) {
        long until = Math.min(verifiedAt + maxAgeMillis, token.getExpirationTime() * 1000);
        if (tokenAgeMillis != Long.MAX_VALUE) {
            until = Math.min(until, token.getIssuedAtTime() * 1000 + tokenAgeMillis);
        }
        return until;
    }
}
