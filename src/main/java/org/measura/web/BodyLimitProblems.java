package org.measura.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP layer refuses an over-long body with an empty 413 before any JAX-RS code runs. This handler runs first
 * and answers a declared Content-Length over the limit with the same problem+json as every other error.
 */
@Singleton
public class BodyLimitProblems {

    private final long limit;

    BodyLimitProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && exceeds(length)) {
                Problem problem = ProblemType.BODY_TOO_LARGE
                        .problem("The request body is larger than the limit of " + limit + " bytes.")
                        .withInstance(ctx.request().path());
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(problem));
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
