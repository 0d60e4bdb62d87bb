package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every request example in the OpenAPI document that has a response example of the same name is sent as the
 * Swagger UI would send it, and must come back exactly as documented. An operation that answers an image instead of
 * JSON must answer its examples with 200 in a media type it documents.
 */
@QuarkusTest
class ApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void documentedExamplesReturnWhatTheyClaim() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<String> checked = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode post = path.getValue().get("post");
            if (post == null || post.at("/requestBody/content/application~1json/examples").isMissingNode()) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> examples =
                    post.at("/requestBody/content/application~1json/examples").fields();
            while (examples.hasNext()) {
                Map.Entry<String, JsonNode> example = examples.next();
                String url = withParameterExamples(path.getKey(), post, example.getKey());
                if (post.at("/responses/200/content/application~1json").isMissingNode()) {
                    // An image (POST /trends/chart): the example must draw, in a documented media type.
                    Response response = given().contentType("application/json")
                            .body(JSON.writeValueAsString(resolve(document, example.getValue()).get("value"))).post(url);
                    assertThat(response.statusCode()).as("status of example %s on %s", example.getKey(), url)
                            .isEqualTo(200);
                    assertThat(post.at("/responses/200/content").has(response.contentType()))
                            .as("documented media type %s", response.contentType()).isTrue();
                    checked.add(url + "#" + example.getKey());
                    continue;
                }
                Expected expected = expectedFor(document, post.get("responses"), example.getKey());
                assertThat(expected).as("response example named %s for POST %s", example.getKey(), path.getKey())
                        .isNotNull();
                Response response = given().contentType("application/json")
                        .body(JSON.writeValueAsString(resolve(document, example.getValue()).get("value"))).post(url);
                assertThat(response.statusCode()).as("status of example %s on %s", example.getKey(), url)
                        .isEqualTo(expected.status());
                assertThat(JSON.readTree(response.asString())).as("body of example %s on %s", example.getKey(), url)
                        .isEqualTo(expected.body());
                checked.add(url + "#" + example.getKey());
            }
        }
        assertThat(checked).contains("/instruments/phq9/scores#phq9", "/instruments/gad7/scores#gad7",
                "/instruments/core10/scores#core10", "/instruments/dsq40/scores#dsq40", "/scores#mixed", "/trends#full-course",
                "/trends#own-measure", "/trends/chart#full-course", "/cohorts/outcomes#two-sites",
                "/cohorts/merge#two-parts");
    }

    @Test
    void everyOperationIsDescribedAndEveryJsonGetExampleIsTrue() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                assertThat(operation.getValue().path("summary").asText()).as("summary of " + name).isNotBlank();
                assertThat(operation.getValue().path("description").asText()).as("description of " + name).isNotBlank();
                if (operation.getKey().equals("get")) {
                    checkGetExamples(document, path.getKey(), operation.getValue());
                }
            }
        }
    }

    /** A list example must be part of the live list; any other example must equal the live answer. */
    private static void checkGetExamples(JsonNode document, String path, JsonNode get) throws Exception {
        JsonNode examples = get.at("/responses/200/content/application~1json/examples");
        Iterator<JsonNode> each = examples.elements();
        while (each.hasNext()) {
            JsonNode expected = resolve(document, each.next()).get("value");
            JsonNode live = JSON.readTree(given().get(withParameterExamples(path, get, null)).asString());
            if (expected.isArray()) {
                expected.forEach(element -> assertThat(live).as("GET " + path).contains(element));
            } else {
                assertThat(live).as("GET " + path).isEqualTo(expected);
            }
        }
    }

    private record Expected(int status, JsonNode body) {
    }

    /** An example object may be a reference into components/examples. */
    private static JsonNode resolve(JsonNode document, JsonNode example) {
        JsonNode ref = example.get("$ref");
        return ref == null ? example : document.at(ref.asText().substring(1));
    }

    private static Expected expectedFor(JsonNode document, JsonNode responses, String name) {
        Iterator<Map.Entry<String, JsonNode>> codes = responses.fields();
        while (codes.hasNext()) {
            Map.Entry<String, JsonNode> code = codes.next();
            Iterator<JsonNode> contents = code.getValue().path("content").elements();
            while (contents.hasNext()) {
                JsonNode example = contents.next().path("examples").path(name);
                if (!example.isMissingNode()) {
                    return new Expected(Integer.parseInt(code.getKey()), resolve(document, example).get("value"));
                }
            }
        }
        return null;
    }

    /**
     * The path with each path parameter replaced by its example: the one named like the body example when the
     * parameter has named examples (POST /instruments/{id}/scores: gad7 for the gad7 body), else the first, else
     * its single example.
     */
    static String withParameterExamples(String path, JsonNode operation, String exampleName) {
        String url = path;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                JsonNode examples = parameter.path("examples");
                String value = parameter.has("example") ? parameter.get("example").asText()
                        : examples.has(String.valueOf(exampleName)) ? examples.get(exampleName).path("value").asText()
                        : examples.elements().next().path("value").asText();
                url = url.replace("{" + parameter.get("name").asText() + "}", value);
            }
        }
        return url;
    }
}
