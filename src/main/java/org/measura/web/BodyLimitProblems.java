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
 * OperationOutcome on /fhir paths).
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
                String detail = "The request body is larger than the limit of " + limit + " bytes.";
                boolean fhirPath = FhirProblems.isFhirPath(ctx.request().path());
                String body = fhirPath ? fhir.json(413, detail) : Json.encode(ProblemType.BODY_TOO_LARGE
                        .problem(detail));
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", fhirPath ? Fhir.MEDIA_TYPE : Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(body);
            } else {
                ctx.next();
            }
        });
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
