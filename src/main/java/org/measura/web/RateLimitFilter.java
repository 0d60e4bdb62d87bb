package org.measura.web;

import org.measura.api.Problem;
import org.measura.api.ProblemType;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits each caller to {@code measura.rate-limit.requests-per-second} requests a second (0 turns it off): a caller
 * is the verified token's subject, or the client's address when there is no verified token (authentication off, or
 * a request about to be refused with 401). Over the limit, a 429 problem (an OperationOutcome on /fhir) with
 * Retry-After. Neither the subject nor the address is logged or echoed.
 */
@Singleton
public class RateLimitFilter {

    private final CallerRateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final ProblemMappers problems;

    RateLimitFilter(@ConfigProperty(name = "measura.rate-limit.requests-per-second") double requestsPerSecond,
            CurrentIdentityAssociation identities, ProblemMappers problems) {
        this.limiter = new CallerRateLimiter(requestsPerSecond, System::nanoTime);
        this.identities = identities;
        this.problems = problems;
    }

    public static String detail(long retryAfter) {
        return "This caller sent more than measura.rate-limit.requests-per-second allows; retry after " + retryAfter
                + (retryAfter == 1 ? " second." : " seconds.");
    }

    @ServerRequestFilter
    public Uni<Response> limit(HttpServerRequest request) {
        if (limiter.off()) {
            return Uni.createFrom().nullItem();
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem((SecurityIdentity) null)
                .map(identity -> {
                    String caller = identity == null || identity.isAnonymous() ? "address " + address
                            : "subject " + identity.getPrincipal().getName();
                    long retryAfter = limiter.acquire(caller);
                    if (retryAfter == 0) {
                        return null;
                    }
                    Problem problem = ProblemType.TOO_MANY_REQUESTS.problem(detail(retryAfter));
                    return Response.fromResponse(problems.respond(problem, request))
                            .header("Retry-After", Long.toString(retryAfter)).build();
                });
    }
}
