package org.measura.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.measura.api.Problem;
import org.measura.api.ProblemDialect;
import org.measura.api.ProblemType;

/**
 * Request body limits, checked before any body is read. Every path but the bulk streams takes at most
 * {@code measura.http.max-body-size} (1 MiB) and needs a Content-Length, so that size is known before reading: a
 * larger declared length is a 413 problem, a body of unknown length (chunked) a 411 problem (an OperationOutcome on
 * /fhir paths). The bulk streams take chunked bodies of any length up to {@code measura.bulk.max-body-size}, which is
 * also the HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}); they never hold a body whole.
 */
@Singleton
public class BodyLimitProblems {

    /** Matched against the normalised path, which is also what the REST layer routes by. */
    private static final Set<String> STREAMING_PATHS = Set.of("/bulk/scores", "/bulk/trends", "/bulk/cohorts");
    public static final String LENGTH_REQUIRED_DETAIL = "Send the body with a Content-Length header; bodies of unknown "
            + "length (chunked) are accepted only by the bulk streams (/bulk/...).";

    public static String tooLargeDetail(long max) {
        return "The request body is larger than the limit of " + max + " bytes.";
    }

    private final long limit;
    private final long streamLimit;
    private final ProblemDialect fhir;

    BodyLimitProblems(@ConfigProperty(name = "measura.http.max-body-size") MemorySize limit,
            @ConfigProperty(name = "measura.bulk.max-body-size") MemorySize streamLimit, ProblemDialect fhir) {
        this.limit = limit.asLongValue();
        this.streamLimit = streamLimit.asLongValue();
        this.fhir = fhir;
    }

    void install(@Observes Router router) {
        // Just after ResponseHeaders (Integer.MIN_VALUE), so that a refusal carries its headers too.
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            boolean streaming = STREAMING_PATHS.contains(ctx.normalizedPath());
            long max = streaming ? streamLimit : limit;
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && exceeds(length, max)) {
                refuse(ctx, ProblemType.BODY_TOO_LARGE, tooLargeDetail(max));
            } else if (!streaming && length == null && (ctx.request().getHeader("Transfer-Encoding") != null
                    || ctx.request().version() == HttpVersion.HTTP_2 && hasBodyMethod(ctx))) {
                refuse(ctx, ProblemType.LENGTH_REQUIRED, LENGTH_REQUIRED_DETAIL);
            } else {
                ctx.next();
            }
        });
    }

    private static boolean hasBodyMethod(RoutingContext ctx) {
        String method = ctx.request().method().name();
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    void refuse(RoutingContext ctx, ProblemType type, String detail) {
        boolean fhirPath = fhir.owns(ctx.request().path());
        String body = fhirPath ? fhir.json(type.status(), detail) : Json.encode(type.problem(detail));
        ctx.response().setStatusCode(type.status())
                .putHeader("Content-Type", fhirPath ? fhir.mediaType() : Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(body);
    }

    private static boolean exceeds(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
