package org.measura.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every application/fhir+json request example in the OpenAPI document is sent as the Swagger UI would send it and
 * must come back exactly as the response example of the same name says, except that urn:uuid fullUrls are new in
 * every answer: they are compared by where each one first appears, so references must still match up.
 */
@QuarkusTest
class FhirExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FHIR_JSON = "application~1fhir+json";
    private static final Pattern UUID = Pattern.compile("urn:uuid:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    @Test
    void documentedFhirExamplesReturnWhatTheyClaim() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<String> checked = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode post = path.getValue().get("post");
            if (post == null || post.at("/requestBody/content/" + FHIR_JSON + "/examples").isMissingNode()) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> examples =
                    post.at("/requestBody/content/" + FHIR_JSON + "/examples").fields();
            while (examples.hasNext()) {
                Map.Entry<String, JsonNode> example = examples.next();
                Expected expected = expectedFor(document, post.get("responses"), example.getKey());
                assertThat(expected).as("response example named %s", example.getKey()).isNotNull();
                Response response = given().urlEncodingEnabled(false).contentType("application/fhir+json")
                        .body(JSON.writeValueAsString(resolve(document, example.getValue()).get("value")))
                        .post(path.getKey());
                String body = response.asString();
                assertThat(response.statusCode()).as("status of example %s: %s", example.getKey(), body)
                        .isEqualTo(expected.status());
                assertThat(JSON.readTree(numbered(body))).as("body of example %s: %s", example.getKey(), body)
                        .isEqualTo(JSON.readTree(numbered(JSON.writeValueAsString(expected.body()))));
                checked.add(example.getKey());
            }
        }
        assertThat(checked).contains("loinc", "integers", "questionnaire", "out-of-range", "course", "parameters",
                "mixed-subjects");
    }

    /** Each distinct urn:uuid becomes urn:uuid:1, :2, ... in order of first appearance. */
    private static String numbered(String json) {
        Map<String, String> seen = new LinkedHashMap<>();
        Matcher m = UUID.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = seen.computeIfAbsent(m.group(), k -> "urn:uuid:" + (seen.size() + 1));
            m.appendReplacement(out, n);
        }
        return m.appendTail(out).toString();
    }

    /** An example object may be a reference into components/examples. */
    private static JsonNode resolve(JsonNode document, JsonNode example) {
        JsonNode ref = example.get("$ref");
        return ref == null ? example : document.at(ref.asText().substring(1));
    }

    private record Expected(int status, JsonNode body) {
    }

    private static Expected expectedFor(JsonNode document, JsonNode responses, String name) {
        Iterator<Map.Entry<String, JsonNode>> codes = responses.fields();
        while (codes.hasNext()) {
            Map.Entry<String, JsonNode> code = codes.next();
            JsonNode example = code.getValue().path("content").path("application/fhir+json").path("examples")
                    .path(name);
            if (!example.isMissingNode()) {
                return new Expected(Integer.parseInt(code.getKey()), resolve(document, example).get("value"));
            }
        }
        return null;
    }
}
