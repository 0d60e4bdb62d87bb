package org.measura.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.measura.fhir.Fhir;
import org.measura.fhir.web.FhirProblems;

/**
 * The HTTP layer refuses an over-long body with an empty 413 before any JAX-RS code runs. This handler runs first
 * and answers a declared Content-Length over the limit with the same problem+json as every other error (an
 * OperationOutcome on /fhir paths). A body sent without a Content-Length (chunked) is refused with 411, so that
 * every body's size is known, and checked, before it is read.
 */
@Singleton
public class BodyLimitProblems {

    private final long limit;
    private final FhirProblems fhir;

    BodyLimitProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            FhirProblems fhir) {
        this.limit = limit.asLongValue();
        this.fhir = fhir;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && exceeds(length)) {
                refuse(ctx, ProblemType.BODY_TOO_LARGE,
                        "The request body is larger than the limit of " + limit + " bytes.");
            } else if (length == null && ctx.request().getHeader("Transfer-Encoding") != null) {
                refuse(ctx, ProblemType.LENGTH_REQUIRED, "Send the body with a Content-Length header; bodies "
                        + "of unknown length (chunked) are not accepted on this path.");
            } else {
                ctx.next();
            }
        });
    }

    private void refuse(io.vertx.ext.web.RoutingContext ctx, ProblemType type, String detail) {
        boolean fhirPath = FhirProblems.isFhirPath(ctx.request().path());
        String body = fhirPath ? fhir.json(type.status(), detail) : Json.encode(type.problem(detail));
        ctx.response().setStatusCode(type.status())
                .putHeader("Content-Type", fhirPath ? Fhir.MEDIA_TYPE : Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(body);
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
