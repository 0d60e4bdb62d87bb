package org.measura.api;

import java.util.List;

/** The kinds of problem the API answers with; each has a stable type URI and title. */
public enum ProblemType {
    MALFORMED_JSON(400, "malformed-json", "Request body is not valid JSON"),
    JSON_LIMIT(400, "json-limit", "Request body exceeds a JSON limit"),
    INVALID_REQUEST(400, "invalid-request", "Request does not match the API's schema"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    INVALID_CHART_PARAMETERS(400, "invalid-chart-parameters", "Chart cannot be drawn as asked"),
    UNKNOWN_INSTRUMENT(404, "unknown-instrument", "No such instrument"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed on this resource"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Cannot answer in the requested media type"),
    LENGTH_REQUIRED(411, "length-required", "Content-Length required"),
    BODY_TOO_LARGE(413, "body-too-large", "Request body is too large"),
    LINE_TOO_LONG(413, "line-too-long", "Line is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported content type"),
    UNKNOWN_INSTRUMENT_IN_BATCH(422, "unknown-instrument", "No such instrument"),
    INVALID_DEFINITION(422, "invalid-definition", "Inline instrument definition cannot be used"),
    INVALID_TREND_REQUEST(422, "invalid-trend-request", "Administrations cannot be compared as sent"),
    INVALID_COHORT_REQUEST(422, "invalid-cohort-request", "Cohort cannot be answered as sent"),
    INVALID_RESPONSES(422, "invalid-responses", "Responses cannot be scored"),
    NOT_SCORABLE(422, "not-scorable", "No scale could be scored"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL(500, "internal-error", "Internal error"),
    SHUTTING_DOWN(503, "shutting-down", "Service is shutting down");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null);
    }

    public Problem problem(String detail, List<FieldError> errors) {
        return new Problem(uri(), title, status, detail, errors);
    }

    public ProblemException exception(String detail) {
        return new ProblemException(problem(detail));
    }

    public ProblemException exception(String detail, List<FieldError> errors) {
        return new ProblemException(problem(detail, errors));
    }

    public static String fieldCount(List<FieldError> errors) {
        return errors.size() == 1 ? "1 field is invalid; see errors." : errors.size() + " fields are invalid; see errors.";
    }
}
