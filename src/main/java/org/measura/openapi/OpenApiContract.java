package org.measura.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.measura.api.Problem;
import org.measura.api.ProblemType;
import org.measura.bulk.BulkResource;
import org.measura.fhir.Fhir;
import org.measura.fhir.FhirIssue;
import org.measura.fhir.web.FhirProblems;
import org.measura.web.BodyLimitProblems;
import org.measura.web.ProblemMappers;
import org.measura.web.RateLimitFilter;
import org.measura.api.ScoreRequest;
import org.measura.web.ShutdownGate;

/**
 * Makes the generated OpenAPI document say what the service does, in the places annotations cannot reach once for
 * all operations: the answers every operation can give before its own code runs (401 without a token, 406, 411,
 * 413 and 415 from the HTTP layer, 500), each with the problem the service really sends; request schemas closed
 * ({@code additionalProperties: false}), because every request reader refuses unknown fields; item responses that
 * may be null (unanswered); NDJSON bodies described as text; and the tags in the order a newcomer reads them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    /** Score one administration first, FHIR last: the order of the Swagger UI's sections. */
    static final List<String> TAG_ORDER = List.of("Instruments", "Trends", "Cohorts", "Batch scoring", "Bulk",
            "FHIR R4");

    /** The default of measura.http.max-body-size (1M), as the 413 example states it. */
    private static final long DEFAULT_BODY_LIMIT = 1024 * 1024;

    /** Request fields that map item ids to the value ticked, where null means unanswered. */
    private static final Map<String, String> ITEM_RESPONSE_MAPS = Map.of(
            "ScoreRequest", "responses", "Administration", "responses");
    private static final String ITEM_RESPONSES_SCHEMA = "ItemResponses";
    /** Extension of an NDJSON body's schema that names the schema of each of its lines. */
    static final String NDJSON_LINE = "x-ndjson-line";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        orderTags(api);
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                documentCommonAnswers(path.getKey(), operation);
                describeNdjson(operation);
            }
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        allowUnansweredItems(schemas);
        // The scale-to-sample maps are read into the core's NormRequest and documented as NormChoice (a sample's id
        // or a sample); the generator adds an empty schema for the Java interface, which no schema refers to.
        api.getComponents().removeSchema("NormRequest");
        untypeAlternatives(schemas);
        closeRequestSchemas(api, schemas);
    }

    /**
     * A schema of alternatives (oneOf) that the generator also typed as an object, as it types every interface, would
     * refuse its own non-object alternatives (a sample's id given as a string).
     */
    private static void untypeAlternatives(Map<String, Schema> schemas) {
        for (Schema schema : schemas.values()) {
            if (schema.getOneOf() != null && schema.getOneOf().stream().anyMatch(alternative ->
                    alternative.getType() != null && !alternative.getType().contains(Schema.SchemaType.OBJECT))) {
                schema.setType(null);
            }
        }
    }

    private static void orderTags(OpenAPI api) {
        List<Tag> tags = new java.util.ArrayList<>(api.getTags());
        tags.sort(Comparator.comparingInt(tag -> {
            int at = TAG_ORDER.indexOf(tag.getName());
            return at < 0 ? TAG_ORDER.size() : at;
        }));
        api.setTags(tags);
    }

    private static void documentCommonAnswers(String path, Operation operation) {
        boolean fhir = FhirProblems.isFhirPath(path);
        boolean bulk = path.startsWith("/bulk/");
        APIResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null) {
            if (!bulk) {
                // Bulk streams answer a malformed line in its own answer line, never with a 400.
                add(responses, "400", "The body is not valid JSON, exceeds a JSON limit, or does not match the "
                        + "schema", fhir, ProblemType.MALFORMED_JSON, "The body is not valid JSON at line 1, column 2.",
                        "malformed-json");
                add(responses, "411", "A body of unknown length (chunked, no Content-Length): only the bulk streams "
                        + "take those", fhir, ProblemType.LENGTH_REQUIRED, BodyLimitProblems.LENGTH_REQUIRED_DETAIL,
                        "length-required");
                add(responses, "413", "The declared Content-Length is over measura.http.max-body-size (1 MiB by "
                        + "default)", fhir, ProblemType.BODY_TOO_LARGE,
                        BodyLimitProblems.tooLargeDetail(DEFAULT_BODY_LIMIT), "body-too-large");
            } else {
                add(responses, "413", "The declared Content-Length is over measura.bulk.max-body-size (64 GiB by "
                        + "default)", false, ProblemType.BODY_TOO_LARGE,
                        BodyLimitProblems.tooLargeDetail(64L * 1024 * 1024 * 1024), "body-too-large");
            }
            add(responses, "415", fhir ? "The body is not application/fhir+json or application/json"
                    : "The body is sent without the Content-Type this operation reads", fhir,
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemMappers.unsupportedMediaTypeDetail(path),
                    "unsupported-media-type");
        }
        add(responses, "401", "No valid bearer token (when authentication is on, as deployed); the answer carries "
                + "`WWW-Authenticate: Bearer`", fhir, ProblemType.UNAUTHORIZED, ProblemMappers.UNAUTHORIZED_DETAIL,
                "unauthorized");
        add(responses, "406", "`Accept` names no media type this operation answers", fhir,
                ProblemType.NOT_ACCEPTABLE, ProblemMappers.notAcceptableDetail(path), "not-acceptable");
        add(responses, "429", "This caller sent more than measura.rate-limit.requests-per-second (100 by default); "
                + "the answer carries `Retry-After` in seconds", fhir, ProblemType.TOO_MANY_REQUESTS,
                RateLimitFilter.detail(1), "too-many-requests");
        add(responses, "500", "An unexpected failure; nothing about it is told", fhir, ProblemType.INTERNAL,
                ProblemMappers.INTERNAL_DETAIL, "internal-error");
        add(responses, "503", "This replica is shutting down (after SIGTERM and the shutdown delay) and takes no new "
                + "requests; its connection is closed, so send the request again to reach a ready replica", fhir,
                ProblemType.SHUTTING_DOWN, ShutdownGate.DETAIL, "shutting-down");
        sortByStatus(operation);
    }

    /**
     * Adds the answer for {@code status} when the operation does not document it, and gives this example to a
     * documented answer that has none.
     */
    private static void add(APIResponses responses, String status, String description, boolean fhir,
            ProblemType type, String detail, String exampleName) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && hasExample(existing, exampleName)) {
            return;
        }
        String mediaType = fhir ? Fhir.MEDIA_TYPE : Problem.MEDIA_TYPE;
        MediaType content = existing != null && existing.getContent() != null
                && existing.getContent().getMediaType(mediaType) != null
                ? existing.getContent().getMediaType(mediaType) : OASFactory.createMediaType()
                        .schema(fhir ? OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                : OASFactory.createSchema().ref(Problem.class.getSimpleName()));
        content.addExample(exampleName, OASFactory.createExample().summary(summary(type))
                .value(fhir ? outcome(type.status(), detail, type == ProblemType.MALFORMED_JSON)
                        : problem(type, detail)));
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(mediaType, content)));
        } else if (existing.getContent() == null || existing.getContent().getMediaType(mediaType) == null) {
            Content withExample = existing.getContent() == null ? OASFactory.createContent() : existing.getContent();
            existing.content(withExample.addMediaType(mediaType, content));
        }
    }

    private static boolean hasExample(APIResponse response, String name) {
        return response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                .anyMatch(m -> m.getExamples() != null && m.getExamples().containsKey(name));
    }

    private static String summary(ProblemType type) {
        return switch (type) {
            case MALFORMED_JSON -> "The body {, cut short";
            case LENGTH_REQUIRED -> "A chunked body without Content-Length";
            case BODY_TOO_LARGE -> "A Content-Length over the limit";
            case UNSUPPORTED_MEDIA_TYPE -> "Content-Type: text/plain";
            case UNAUTHORIZED -> "No Authorization header, or a token that fails a check";
            case NOT_ACCEPTABLE -> "Accept: text/csv";
            default -> type.title();
        };
    }

    private static Map<String, Object> problem(ProblemType type, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri());
        problem.put("title", type.title());
        problem.put("status", type.status());
        problem.put("detail", detail);
        return problem;
    }

    private static Map<String, Object> outcome(int status, String detail, boolean malformed) {
        FhirIssue issue = FhirProblems.issue(status, malformed, detail);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("severity", issue.severity().toCode());
        entry.put("code", issue.code().toCode());
        entry.put("diagnostics", issue.diagnostics());
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("resourceType", "OperationOutcome");
        outcome.put("issue", List.of(entry));
        return outcome;
    }

    private static void sortByStatus(Operation operation) {
        Map<String, APIResponse> sorted = new java.util.TreeMap<>(operation.getResponses().getAPIResponses());
        APIResponses responses = OASFactory.createAPIResponses();
        sorted.forEach(responses::addAPIResponse);
        operation.setResponses(responses);
    }

    /** An NDJSON body is text, one JSON value a line; the schema of one line is given as an extension. */
    private static void describeNdjson(Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            asText(operation.getRequestBody().getContent().getMediaType(BulkResource.NDJSON));
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            if (response.getContent() != null) {
                asText(response.getContent().getMediaType(BulkResource.NDJSON));
            }
        }
    }

    private static void asText(MediaType ndjson) {
        if (ndjson == null || ndjson.getSchema() == null || ndjson.getSchema().getRef() == null) {
            return;
        }
        String ref = ndjson.getSchema().getRef();
        String line = ref.substring(ref.lastIndexOf('/') + 1);
        ndjson.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("One " + line + " per line, each a JSON object (its schema: x-ndjson-line)")
                .addExtension(NDJSON_LINE, OASFactory.createSchema().ref(ref)));
    }

    /** Item responses map item ids to the value ticked, or to null when the item was left unanswered. */
    private static void allowUnansweredItems(Map<String, Schema> schemas) {
        ITEM_RESPONSE_MAPS.forEach((schema, property) -> {
            Schema map = schemas.get(schema).getProperties().get(property);
            map.setAdditionalPropertiesSchema(nullableInteger());
        });
        schemas.get(ITEM_RESPONSES_SCHEMA).setAdditionalPropertiesSchema(nullableInteger());
    }

    private static Schema nullableInteger() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER, Schema.SchemaType.NULL)).format("int32");
    }

    /** Every object schema a request body can reach (through $refs) gets {@code additionalProperties: false}. */
    private static void closeRequestSchemas(OpenAPI api, Map<String, Schema> schemas) {
        Deque<Schema> pending = new ArrayDeque<>();
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(m -> push(pending, m.getSchema()));
                }
            }
        }
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<String> refs = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (refs.add(name) && schemas.containsKey(name)) {
                    push(pending, schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && schema.getAdditionalPropertiesSchema() == null
                    && schema.getAdditionalPropertiesBoolean() == null) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> push(pending, p));
            }
            push(pending, schema.getItems());
            push(pending, schema.getAdditionalPropertiesSchema());
            for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    group.forEach(s -> push(pending, s));
                }
            }
        }
    }

    private static void push(Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }
}
