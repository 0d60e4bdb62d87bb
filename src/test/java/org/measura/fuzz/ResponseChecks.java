package org.measura.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every answer to a fuzzed request must satisfy: no 5xx; every 4xx is application/problem+json, or on /fhir
 * paths an OperationOutcome as application/fhir+json; no Java internals in an error; and no submitted value in an
 * error, nor in the per-entry problems of a batch or the OperationOutcome of a scored Bundle. (The rest of a 2xx
 * answer to a request the service accepted is its legitimate output.)
 */
final class ResponseChecks {

    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "java.", "org.measura",
            "com.fasterxml", "io.quarkus", "io.vertx", "ca.uhn");

    private ResponseChecks() {
    }

    static List<String> violations(FuzzRequest request, HttpResponse<byte[]> response) {
        List<String> violations = new ArrayList<>();
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            violations.add("status " + status);
        }
        if (status >= 400 && status < 500) {
            boolean fhir = request.target().startsWith("/fhir");
            boolean ambiguous = request.target().contains("..") || request.target().contains("%2e")
                    || request.target().contains("%2F") || request.target().contains("//");
            boolean outcome = type.startsWith("application/fhir+json");
            boolean problem = type.startsWith("application/problem+json");
            if (!problem && !outcome || !ambiguous && (fhir ? !outcome : !problem)) {
                violations.add(status + " answered as '" + type + "'");
            } else if (!request.method().equals("HEAD")) {
                violations.addAll(outcome ? outcomeShape(body) : problemShape(body, status));
            }
            for (String internal : INTERNALS) {
                if (body.contains(internal)) {
                    violations.add(status + " names Java internals (" + internal + ")");
                }
            }
            Set<String> echoed = Markers.values(withoutPointers(body));
            if (!echoed.isEmpty()) {
                violations.add(status + " echoes submitted values " + echoed);
            }
            if (!Markers.unsafeKeys(body).isEmpty()) {
                violations.add(status + " names an identifier the echo rule withholds");
            }
        }
        if (status >= 200 && status < 300) {
            violations.addAll(echoesInsideSuccess(status, body));
            if (request.target().startsWith("/fhir")) {
                violations.addAll(unsafeReferences(status, parse(body)));
            }
        }
        return violations;
    }

    private static final java.util.regex.Pattern SAFE_REFERENCE = java.util.regex.Pattern.compile(
            "[A-Za-z]{1,64}/[A-Za-z0-9\\-.]{1,64}|https?://[^\\s<>\"]{1,400}|urn:[^\\s<>\"]{1,200}|#[A-Za-z0-9\\-.]{0,64}");

    /** A scored answer's derivedFrom references hold only ids of FHIR's id type, never raw input. */
    private static List<String> unsafeReferences(int status, JsonNode node) {
        List<String> violations = new ArrayList<>();
        if (node == null) {
            return violations;
        }
        for (JsonNode from : node.path("derivedFrom")) {
            JsonNode reference = from.get("reference");
            if (reference != null && !(reference.isTextual() && SAFE_REFERENCE.matcher(reference.textValue()).matches())) {
                violations.add(status + " derives from a reference that is not a FHIR id: "
                        + abbreviate(reference.toString()));
            }
        }
        node.forEach(child -> violations.addAll(unsafeReferences(status, child)));
        return violations;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    private static List<String> problemShape(String body, int status) {
        JsonNode problem = parse(body);
        if (problem == null || !problem.isObject() || !problem.path("type").isTextual()
                || !problem.path("title").isTextual() || problem.path("status").asInt() != status) {
            return List.of(status + " problem without type, title and matching status");
        }
        return List.of();
    }

    private static List<String> outcomeShape(String body) {
        JsonNode outcome = parse(body);
        if (outcome == null || !"OperationOutcome".equals(outcome.path("resourceType").asText())
                || outcome.path("issue").isEmpty()) {
            return List.of("FHIR error that is not an OperationOutcome with issues");
        }
        return List.of();
    }

    /** A batch answers one problem per bad entry, a $score Bundle ends with an OperationOutcome of warnings. */
    private static List<String> echoesInsideSuccess(int status, String body) {
        JsonNode answer = parse(body);
        if (answer == null) {
            return List.of();
        }
        List<String> violations = new ArrayList<>();
        for (JsonNode entry : answer.path("results")) {
            String problem = withoutPointers(entry.path("problem").toString());
            if (!Markers.values(problem).isEmpty()) {
                violations.add(status + " batch entry problem echoes " + Markers.values(problem));
            }
            if (!Markers.unsafeKeys(entry.path("problem").toString()).isEmpty()) {
                violations.add(status + " batch entry problem names an identifier the echo rule withholds");
            }
        }
        for (JsonNode entry : answer.path("entry")) {
            JsonNode resource = entry.path("resource");
            String outcome = withoutPointers(resource.toString());
            if ("OperationOutcome".equals(resource.path("resourceType").asText())
                    && !Markers.values(outcome).isEmpty()) {
                violations.add(status + " Bundle OperationOutcome echoes " + Markers.values(outcome));
            }
            if ("OperationOutcome".equals(resource.path("resourceType").asText())
                    && !Markers.unsafeKeys(resource.toString()).isEmpty()) {
                violations.add(status + " Bundle OperationOutcome names an identifier the echo rule withholds");
            }
        }
        return violations;
    }

    /**
     * The answer without its locations (a problem's JSON Pointers, an OperationOutcome's FHIRPath expressions): a
     * location names the field it points at, which may be a key the caller made up; values may not come back.
     */
    static String withoutPointers(String body) {
        JsonNode answer = parse(body);
        if (answer == null) {
            return body;
        }
        strip(answer);
        return answer.toString();
    }

    private static void strip(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("pointer");
            object.remove("expression");
        }
        node.forEach(ResponseChecks::strip);
    }

    private static JsonNode parse(String body) {
        try {
            return Requests.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
