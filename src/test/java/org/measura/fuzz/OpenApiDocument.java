package org.measura.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The committed OpenAPI document (openapi/openapi.json), read for what the fuzzer needs: each operation with its
 * parameters and their examples, its request media types, its documented request examples, and the request schema
 * (with $refs followed) that says which fields exist, which are required and what type each has.
 */
final class OpenApiDocument {

    static final Path FILE = Path.of("openapi", "openapi.json");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    record Parameter(String name, String in, String example) {
    }

    record Operation(String method, String path, List<Parameter> parameters, List<String> mediaTypes,
            List<JsonNode> examples, JsonNode schema) {

        String key() {
            return method + " " + path;
        }

        boolean hasBody() {
            return !mediaTypes.isEmpty();
        }

        boolean fhir() {
            return path.startsWith("/fhir");
        }
    }

    private final JsonNode root;
    private final Map<String, Operation> operations = new LinkedHashMap<>();

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    Operation operation = operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                            op.getValue());
                    operations.put(operation.key(), operation);
                }
            }
        }
    }

    static OpenApiDocument read() throws IOException {
        return new OpenApiDocument(new ObjectMapper().readTree(FILE.toFile()));
    }

    Map<String, Operation> operations() {
        return operations;
    }

    Operation operation(String key) {
        Operation operation = operations.get(key);
        if (operation == null) {
            throw new IllegalArgumentException(key + " is not in " + FILE);
        }
        return operation;
    }

    private Operation operation(String method, String path, JsonNode node) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : node.path("parameters")) {
            JsonNode resolved = resolve(p);
            parameters.add(new Parameter(resolved.path("name").asText(), resolved.path("in").asText(),
                    resolved.hasNonNull("example") ? resolved.get("example").asText()
                            : resolved.path("examples").elements().hasNext()
                            ? resolved.path("examples").elements().next().path("value").asText() : null));
        }
        List<String> mediaTypes = new ArrayList<>();
        List<JsonNode> examples = new ArrayList<>();
        JsonNode schema = null;
        Iterator<Map.Entry<String, JsonNode>> content = node.path("requestBody").path("content").fields();
        while (content.hasNext()) {
            Map.Entry<String, JsonNode> media = content.next();
            mediaTypes.add(media.getKey());
            media.getValue().path("examples").forEach(e -> examples.add(resolve(e).path("value")));
            if (media.getValue().has("example")) {
                examples.add(media.getValue().get("example"));
            }
            if (schema == null && media.getValue().has("schema")) {
                schema = resolve(media.getValue().get("schema"));
            }
        }
        return new Operation(method, path, List.copyOf(parameters), List.copyOf(mediaTypes), List.copyOf(examples),
                schema);
    }

    /** Follows a local $ref ("#/components/..."); anything else is returned as it is. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#") ? root.at(ref.substring(1)) : null;
        }
        return current;
    }

    /**
     * The schema of the value at a path of field names and array indexes below a request schema, or null where the
     * document says nothing (free-form JSON such as an inline definition's or a FHIR resource's insides).
     */
    JsonNode schemaAt(JsonNode schema, List<String> path) {
        JsonNode current = resolve(schema);
        for (String step : path) {
            if (current == null || isFreeForm(current)) {
                return null;
            }
            if ("array".equals(current.path("type").asText())) {
                current = resolve(current.get("items"));
            } else if (current.path("properties").has(step)) {
                current = resolve(current.path("properties").get(step));
            } else if (current.has("additionalProperties") && current.get("additionalProperties").isObject()) {
                current = resolve(current.get("additionalProperties"));
            } else {
                return null;
            }
        }
        return current == null || isFreeForm(current) ? null : current;
    }

    /** SmallRye describes a Jackson JsonNode field by JsonNode's getters; it means "any JSON". */
    private boolean isFreeForm(JsonNode schema) {
        return schema.path("properties").has("valueNode") && schema.path("properties").has("containerNode");
    }
}
