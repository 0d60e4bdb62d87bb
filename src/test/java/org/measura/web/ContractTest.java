package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document (openapi/openapi.json) against the running service. Every request example of every
 * operation, every GET, and a set of bad requests (malformed JSON, an unknown field, an unknown instrument, a wrong
 * Content-Type, an Accept it cannot meet, a body over the limit, a method the path does not take) are sent; each
 * answer's status must be documented for the operation, its media type documented for that status, and its body
 * valid against the documented schema (JSON Schema 2020-12, as OpenAPI 3.1 says; NDJSON line by line). Every
 * request example must also follow its own request schema. The test fails listing every violation.
 */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final String NDJSON = "application/x-ndjson";

    private final JsonNode document = readDocument();
    private final Map<String, Validator> validators = new HashMap<>();
    private final List<String> violations = new ArrayList<>();

    private record Call(String method, String path, JsonNode operation, String url, String contentType, String body,
            String accept, String what) {
    }

    @Test
    void everyExampleAndEveryBadRequestIsAnsweredAsDocumented() throws Exception {
        List<Call> calls = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    JsonNode any = path.getValue().elements().next();
                    calls.add(new Call(method, path.getKey(), null,
                            ApiExamplesTest.withParameterExamples(path.getKey(), any, null), null, null, null,
                            "a method the path does not take"));
                } else {
                    calls.addAll(callsFor(method, path.getKey(), operation));
                }
            }
        }
        calls.add(new Call("get", "/instruments/{id}", operation("get", "/instruments/{id}"), "/instruments/no-such",
                null, null, null, "an unknown instrument"));
        calls.add(new Call("post", "/instruments/{id}/scores", operation("post", "/instruments/{id}/scores"),
                "/instruments/no-such/scores", "application/json", "{\"responses\": {\"1\": 0}}", null,
                "an unknown instrument"));
        calls.add(new Call("post", "/instruments/{id}/scores", operation("post", "/instruments/{id}/scores"),
                "/instruments/phq9/scores", "application/json", "{\"responses\": {\"1\": 0}, \"colour\": 1}", null,
                "an unknown field"));
        calls.add(new Call("get", "/fhir/Questionnaire/{id}", operation("get", "/fhir/Questionnaire/{id}"),
                "/fhir/Questionnaire/no-such", null, null, null, "an unknown Questionnaire"));

        for (Call call : calls) {
            check(call, send(call));
        }
        assertThat(violations).as("violations of openapi/openapi.json in %d calls", calls.size()).isEmpty();
        assertThat(calls.size()).isGreaterThan(80);
    }

    private List<Call> callsFor(String method, String path, JsonNode operation) {
        List<Call> calls = new ArrayList<>();
        String url = ApiExamplesTest.withParameterExamples(path, operation, null);
        JsonNode content = operation.at("/requestBody/content");
        if (content.isMissingNode()) {
            calls.add(new Call(method, path, operation, url, null, null, null, "as documented"));
            calls.add(new Call(method, path, operation, url, null, null, "text/csv", "an Accept it cannot meet"));
            return calls;
        }
        String firstType = content.fieldNames().next();
        String firstExample = null;
        Iterator<Map.Entry<String, JsonNode>> types = content.fields();
        while (types.hasNext()) {
            Map.Entry<String, JsonNode> type = types.next();
            Iterator<Map.Entry<String, JsonNode>> examples = type.getValue().path("examples").fields();
            while (examples.hasNext()) {
                Map.Entry<String, JsonNode> example = examples.next();
                JsonNode value = resolve(example.getValue()).get("value");
                String body = value.isTextual() ? value.textValue() : value.toString();
                firstExample = firstExample == null ? body : firstExample;
                checkRequestExample(type.getKey(), type.getValue().get("schema"), body, method, path,
                        example.getKey());
                calls.add(new Call(method, path, operation,
                        ApiExamplesTest.withParameterExamples(path, operation, example.getKey()), type.getKey(), body,
                        null, "example " + example.getKey()));
            }
        }
        calls.add(new Call(method, path, operation, url, firstType, "{\"a\": ", null, "malformed JSON"));
        calls.add(new Call(method, path, operation, url, "text/plain", "hello", null, "a wrong Content-Type"));
        if (firstExample != null) {
            calls.add(new Call(method, path, operation, url, firstType, firstExample, "text/csv",
                    "an Accept it cannot meet"));
        }
        if (!path.startsWith("/bulk/")) {
            calls.add(new Call(method, path, operation, url, firstType, "{\"a\": \"" + "x".repeat(1_100_000) + "\"}",
                    null, "a body over the limit"));
        }
        return calls;
    }

    private Response send(Call call) {
        // REST Assured would encode the $ of $score and $trend, and %24score is not the same path segment.
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
        if (call.contentType() != null) {
            request = request.contentType(call.contentType())
                    .body(call.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (call.accept() != null) {
            request = request.accept(call.accept());
        }
        return request.request(call.method().toUpperCase(Locale.ROOT), call.url());
    }

    private void check(Call call, Response response) {
        String where = call.method().toUpperCase(Locale.ROOT) + " " + call.url() + " (" + call.what() + ") answered "
                + response.statusCode();
        if (call.operation() == null) {
            if (response.statusCode() != 405) {
                violations.add(where + ": the document has no such operation, so 405 was expected");
            }
            return;
        }
        JsonNode documented = call.operation().at("/responses/" + response.statusCode());
        if (documented.isMissingNode()) {
            documented = call.operation().at("/responses/default");
        }
        if (documented.isMissingNode()) {
            violations.add(where + ": status not documented");
            return;
        }
        String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
        if (contentType.isEmpty()) {
            if (documented.has("content")) {
                violations.add(where + ": no Content-Type, but the document gives content");
            }
            return;
        }
        JsonNode media = documented.path("content").path(contentType);
        if (media.isMissingNode()) {
            violations.add(where + ": media type " + contentType + " not documented for this status");
            return;
        }
        byte[] body = response.asByteArray();
        if (contentType.equals(NDJSON)) {
            String line = media.at("/schema/x-ndjson-line/$ref").asText();
            if (line.isEmpty()) {
                violations.add(where + ": the NDJSON schema names no line schema");
                return;
            }
            ObjectNode lineSchema = JSON.createObjectNode().put("$ref", line);
            int n = 0;
            for (String text : new String(body, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                n++;
                validate(where + ", line " + n, lineSchema, text);
            }
        } else if (contentType.endsWith("json")) {
            validate(where, media.get("schema"), new String(body, java.nio.charset.StandardCharsets.UTF_8));
        } else if (body.length == 0) {
            violations.add(where + ": an empty " + contentType + " body");
        }
    }

    private void checkRequestExample(String mediaType, JsonNode schema, String body, String method, String path,
            String example) {
        String where = "request example " + example + " of " + method.toUpperCase(Locale.ROOT) + " " + path;
        if (mediaType.equals(NDJSON)) {
            for (String line : body.split("\n")) {
                try {
                    JSON.readTree(line);
                } catch (Exception e) {
                    // A broken line is part of some examples on purpose: the stream answers it with a problem.
                }
            }
            return;
        }
        validate(where, schema, body);
    }

    private void validate(String where, JsonNode schema, String body) {
        if (schema == null) {
            violations.add(where + ": no schema documented");
            return;
        }
        Object instance;
        try {
            JsonNode tree = JSON.readTree(body);
            instance = tree.isObject() ? new JsonObject(body) : tree.isArray() ? new JsonArray(body)
                    : JSON.treeToValue(tree, Object.class);
        } catch (Exception e) {
            violations.add(where + ": the body is not JSON");
            return;
        }
        OutputUnit result = validator(schema).validate(instance);
        if (!Boolean.TRUE.equals(result.getValid())) {
            violations.add(where + ": " + (result.getErrors() == null
                    ? result.getInstanceLocation() + " " + result.getError()
                    : result.getErrors().stream().limit(5)
                            .map(u -> u.getInstanceLocation() + " " + u.getError()).toList()));
        }
    }

    /** A schema of the document, with the document's components beside it so that its $refs resolve. */
    private Validator validator(JsonNode schema) {
        return validators.computeIfAbsent(schema.toString(), key -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.putArray("allOf").add(schema);
            root.putObject("components").set("schemas", document.at("/components/schemas"));
            return Validator.create(JsonSchema.of(new JsonObject(root.toString())),
                    new JsonSchemaOptions().setDraft(Draft.DRAFT202012).setBaseUri("https://measura.invalid/"));
        });
    }

    private JsonNode operation(String method, String path) {
        return document.get("paths").get(path).get(method);
    }

    private JsonNode resolve(JsonNode example) {
        JsonNode ref = example.get("$ref");
        return ref == null ? example : document.at(ref.asText().substring(1));
    }

    private static JsonNode readDocument() {
        try {
            return JSON.readTree(Path.of("openapi", "openapi.json").toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read openapi/openapi.json", e);
        }
    }
}
