package org.measura.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.measura.api.FieldError;
import org.measura.api.JsonProblems;
import org.measura.api.Problem;
import org.measura.api.ProblemDialect;
import org.measura.api.ProblemException;
import org.measura.api.ProblemType;
import org.measura.catalog.JsonPointers;

/**
 * Turns every failure into application/problem+json, or on /fhir paths into a FHIR OperationOutcome with the same
 * status. Messages are written here, never taken from exceptions, so that no submitted value, class or method name
 * reaches the caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static final String UNAUTHORIZED_DETAIL = "Send a valid bearer token (Authorization: Bearer <JWT>) issued for "
            + "this service; the token was missing, malformed, expired, not yet valid, or not issued by the "
            + "configured issuer for the configured audience.";
    public static final String INTERNAL_DETAIL = "The service could not complete the request.";

    private final ProblemDialect fhir;
    private final AllowedMethods allowed;

    /** @param fhir the dialect of the paths FHIR owns; null where none is deployed (every failure is a problem) */
    ProblemMappers(ProblemDialect fhir, AllowedMethods allowed) {
        this.fhir = fhir;
        this.allowed = allowed;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(e.problem(), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return respond(JsonProblems.of(e), request);
    }

    // Quarkus registers its own mappers for these exact types; these take their place.
    @ServerExceptionMapper(priority = 1)
    public Response unrecognized(UnrecognizedPropertyException e, HttpServerRequest request) {
        return respond(JsonProblems.of(e), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e,
            HttpServerRequest request) {
        return respond(JsonProblems.of(e), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response parse(JsonParseException e, HttpServerRequest request) {
        return respond(JsonProblems.of(e), request);
    }

    /**
     * The body could not be read to its end: the client closed the connection, or the body stalled past
     * quarkus.http.read-timeout. Routine on the client's side, so not logged; the answer usually has no one to reach.
     */
    @ServerExceptionMapper
    public Response unreadable(java.io.IOException e, HttpServerRequest request) {
        return respond(ProblemType.INVALID_REQUEST.problem("The request body could not be read to its end: the "
                + "connection closed or the body stalled."), request);
    }

    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpServerRequest request) {
        return respond(ProblemType.FORBIDDEN.problem("The token does not allow this operation."), request);
    }

    /** The reason a token failed is not told: it would help an attacker more than a caller. */
    private Response unauthorized(HttpServerRequest request) {
        Problem problem = ProblemType.UNAUTHORIZED.problem(UNAUTHORIZED_DETAIL);
        Response response = respond(problem, request);
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }

    /**
     * A Bean Validation constraint an operation's parameters broke (none is declared today, see docs/operations.md,
     * "Start-up"; this keeps any future one from answering Quarkus's own violation report). A query or path
     * parameter's constraint says in its message the whole detail the problem gives; a body field's becomes a field
     * error at its JSON Pointer.
     */
    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        e.getConstraintViolations().stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    if (isParameter(v)) {
                        parameters.add(v.getMessage());
                    } else {
                        errors.add(new FieldError(JsonPointers.fromPropertyPath(v.getPropertyPath().toString()),
                                v.getMessage()));
                    }
                });
        Problem problem = errors.isEmpty() ? ProblemType.INVALID_REQUEST.problem(String.join(" ", parameters))
                : ProblemType.INVALID_REQUEST.problem(ProblemType.fieldCount(errors), errors);
        return respond(problem, request);
    }

    // Quarkus maps this exact type to its own violation report; this takes its place.
    @ServerExceptionMapper(priority = 1)
    public Response violation(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e,
            HttpServerRequest request) {
        return validation(e, request);
    }

    private static boolean isParameter(jakarta.validation.ConstraintViolation<?> violation) {
        jakarta.validation.Path.Node last = null;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            last = node;
        }
        return last != null && last.getKind() == jakarta.validation.ElementKind.PARAMETER;
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException j) {
            return respond(JsonProblems.of(j), request);
        }
        Problem problem;
        if (e instanceof NotFoundException) {
            problem = ProblemType.NOT_FOUND.problem("There is no resource at this path; the OpenAPI document at "
                    + "/q/openapi lists every operation.");
        } else if (e instanceof NotAllowedException) {
            problem = ProblemType.METHOD_NOT_ALLOWED.problem("This path does not accept " + request.method().name()
                    + "; the OpenAPI document at /q/openapi lists the operations it does accept.");
            java.util.Optional<String> methods = allowed.allow(request.path());
            if (methods.isPresent()) {
                return Response.fromResponse(respond(problem, request)).header("Allow", methods.get()).build();
            }
        } else if (e instanceof NotSupportedException) {
            problem = ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(unsupportedMediaTypeDetail(request.path()));
        } else if (e instanceof NotAcceptableException) {
            problem = ProblemType.NOT_ACCEPTABLE.problem(notAcceptableDetail(request.path()));
        } else if (e.getResponse().getStatus() == 413) {
            problem = ProblemType.BODY_TOO_LARGE.problem("The request body exceeds the configured limit.");
        } else if (e.getResponse().getStatus() == 400) {
            problem = ProblemType.INVALID_REQUEST.problem("The request could not be read.");
        } else {
            int status = e.getResponse().getStatus();
            problem = new Problem("about:blank", Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), status, null, null);
        }
        return respond(problem, request);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpServerRequest request, SimpleResourceInfo resource) {
        // Only the exception class and the operation are logged: a message, and a path such as
        // /fhir/Questionnaire/{id}, may carry submitted data.
        LOG.errorf("Unexpected %s in %s", e.getClass().getName(), operation(resource, request));
        return respond(ProblemType.INTERNAL.problem(INTERNAL_DETAIL), request);
    }

    public static String unsupportedMediaTypeDetail(String path) {
        String type = bulk(path) ? "application/x-ndjson" : "application/json";
        return "Send the body as " + type + " (Content-Type: " + type + ").";
    }

    public static String notAcceptableDetail(String path) {
        return ChartResource.PATH.equals(path)
                ? "This operation draws image/svg+xml or image/png, and answers application/problem+json for errors."
                : "This operation answers " + (bulk(path) && !"/bulk/cohorts".equals(path) ? "application/x-ndjson"
                        : "application/json")
                        + ", and application/problem+json for errors.";
    }

    static String operation(SimpleResourceInfo resource, HttpServerRequest request) {
        if (resource != null && resource.getResourceClass() != null && resource.getMethodName() != null) {
            return resource.getResourceClass().getSimpleName() + "." + resource.getMethodName();
        }
        return request.method() + " (no operation matched)";
    }

    private static boolean bulk(String path) {
        return path.startsWith("/bulk/");
    }

    Response respond(Problem problem, HttpServerRequest request) {
        if (fhir != null && fhir.owns(request.path())) {
            return fhir.respond(problem.status(), ProblemType.MALFORMED_JSON.uri().equals(problem.type()),
                    problem.detail());
        }
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
