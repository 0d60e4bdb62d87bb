package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Caller-defined instruments score exactly as built-in ones; broken ones are refused with pointers. */
@QuarkusTest
class InlineDefinitionApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESPONSES = "{\"1\": 2, \"2\": 3, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, \"8\": 0}";

    @Test
    void aCopyOfABuiltInDefinitionSentInlineScoresTheSame() throws Exception {
        String definition = given().get("/instruments/phq9").asString();
        JsonNode builtIn = JSON.readTree(given().contentType(ContentType.JSON)
                .body("{\"responses\": " + RESPONSES + "}").post("/instruments/phq9/scores").asString());
        JsonNode inline = JSON.readTree(given().contentType(ContentType.JSON)
                .body("{\"responses\": " + RESPONSES + ", \"definition\": " + definition + "}")
                .post("/instruments/phq9/scores").asString());
        assertThat(inline).isEqualTo(builtIn);
        JsonNode batch = JSON.readTree(given().contentType(ContentType.JSON)
                .body("{\"administrations\": [{\"responses\": " + RESPONSES + ", \"definition\": " + definition + "}]}")
                .post("/scores").asString());
        assertThat(batch.at("/results/0/result")).isEqualTo(builtIn);
    }

    @Test
    void aBrokenInlineDefinitionIs422WithAPointerIntoIt() throws Exception {
        ObjectNode definition = (ObjectNode) JSON.readTree(given().get("/instruments/phq9").asString());
        ((ObjectNode) definition.at("/scales/0/bands/1")).put("min", 4);
        given().contentType(ContentType.JSON)
                .body("{\"responses\": " + RESPONSES + ", \"definition\": " + definition + "}")
                .post("/instruments/phq9/scores")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-definition"))
                .body("errors.pointer", hasItem("/definition/scales/0/bands/1/min"));
    }

    @Test
    void inlineDefinitionMustMatchThePathId() throws Exception {
        String definition = given().get("/instruments/phq9").asString();
        given().contentType(ContentType.JSON)
                .body("{\"responses\": " + RESPONSES + ", \"definition\": " + definition + "}")
                .post("/instruments/gad7/scores")
                .then().statusCode(422)
                .body("errors[0].pointer", equalTo("/definition/id"));
    }

    @Test
    void oversizedInlineDefinitionsAreRefused() throws Exception {
        ObjectNode definition = (ObjectNode) JSON.readTree(given().get("/instruments/phq9").asString());
        var items = definition.withArray("items");
        for (int i = 11; i < 251; i++) {
            items.addObject().put("id", Integer.toString(i)).put("label", "extra");
        }
        given().contentType(ContentType.JSON)
                .body("{\"responses\": {}, \"definition\": " + definition + "}")
                .post("/instruments/phq9/scores")
                .then().statusCode(422)
                .body("errors[0].pointer", equalTo("/definition/items"))
                .body("errors[0].reason", containsString("at most 200"));
    }

    @Test
    void theDefinitionSchemaIsServed() {
        given().when().get("/instruments/schema")
                .then().statusCode(200)
                .contentType("application/schema+json")
                .body("$schema", equalTo("https://json-schema.org/draft/2020-12/schema"))
                .body("properties.scales.type", equalTo("array"));
    }

    @Test
    void callerNormsAreUsedAndNamed() {
        // PHQ-9 total 12 against M 15, SD 5: z = (12 - 15) / 5 = -0.6; T = 50 - 6 = 44; Phi(-0.6) = 0.2743 -> 27.4
        given().contentType(ContentType.JSON)
                .body("{\"responses\": {\"1\": 2, \"2\": 2, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, \"8\": 0, \"9\": 1},"
                        + " \"norms\": {\"total\": {\"name\": \"clinic intake\", \"mean\": 15, \"sd\": 5, \"metric\": \"score\"}}}")
                .post("/instruments/phq9/scores")
                .then().statusCode(200)
                .body("scales[0].norms[0].sample", equalTo("clinic intake"))
                .body("scales[0].norms[0].origin", equalTo("request"))
                .body("scales[0].norms[0].z", equalTo(-0.60f))
                .body("scales[0].norms[0].t", equalTo(44.0f))
                .body("scales[0].norms[0].percentile", equalTo(27.4f));
    }

    @Test
    void callerNormsMustNameTheirMetricAndAScaleThatExists() {
        given().contentType(ContentType.JSON)
                .body("{\"responses\": {\"1\": 1, \"2\": 1, \"3\": 1, \"4\": 1, \"5\": 1, \"6\": 1, \"7\": 1, \"8\": 1, \"9\": 1},"
                        + " \"norms\": {\"total\": {\"name\": \"x\", \"mean\": 1, \"sd\": 1}, \"nope\": {\"name\": \"y\", \"mean\": 1, \"sd\": 1, \"metric\": \"score\"}}}")
                .post("/instruments/phq9/scores")
                .then().statusCode(422)
                .body("errors.pointer", hasItem("/norms/total/metric"))
                .body("errors.pointer", hasItem("/norms/nope"));
    }
}
