package org.measura.bulk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BulkApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHQ9 = "{\"instrument\": \"phq9\", \"responses\": {\"1\": 2, \"2\": 2, \"3\": 1, "
            + "\"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, \"8\": 0, \"9\": 1}}";

    private static List<JsonNode> lines(String ndjson) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static String post(String path, String body) {
        return given().contentType(BulkResource.NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).post(path)
                .then().statusCode(200).contentType(BulkResource.NDJSON).extract().asString();
    }

    @Test
    void documentedExamplesAnswerAsDocumented() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        for (String path : List.of("/bulk/scores", "/bulk/trends")) {
            JsonNode post = document.get("paths").get(path).get("post");
            JsonNode request = post.at("/requestBody/content/application~1x-ndjson/examples").elements().next();
            JsonNode answer = post.at("/responses/200/content/application~1x-ndjson/examples").elements().next();
            assertThat(lines(post(path, value(document, request))))
                    .as("answer to the example of POST %s", path).isEqualTo(lines(value(document, answer)));
        }
    }

    /** The example's value, which sits in components/examples (an annotation would keep only its first line). */
    private static String value(JsonNode document, JsonNode example) {
        JsonNode ref = example.get("$ref");
        JsonNode resolved = ref == null ? example : document.at(ref.asText().substring(1));
        return resolved.get("value").asText();
    }

    @Test
    void everyLineIsAnsweredInOrderWithItsNumberAndBlankLinesAreSkipped() throws Exception {
        String body = PHQ9 + "\n\n   \n{\"instrument\": \"phq9\", \"responses\": {\"1\": 7}}\r\n{oops\n"
                + "{\"a\": 1} {\"b\": 2}\n" + PHQ9;
        List<JsonNode> answers = lines(post("/bulk/scores", body));
        assertThat(answers).extracting(a -> a.get("line").asInt()).containsExactly(1, 4, 5, 6, 7);
        assertThat(answers.get(0).at("/result/scales/0/score").asInt()).isEqualTo(12);
        assertThat(answers.get(1).at("/problem/type").asText()).isEqualTo("/problems/invalid-responses");
        assertThat(answers.get(1).at("/problem/errors/0/pointer").asText()).isEqualTo("/responses/1");
        assertThat(answers.get(2).at("/problem/type").asText()).isEqualTo("/problems/malformed-json");
        assertThat(answers.get(3).at("/problem/detail").asText()).contains("more than one JSON value");
        assertThat(answers.get(4).at("/result/scales/0/score").asInt()).isEqualTo(12);
    }

    @Test
    void aLineOverTheLimitIsItsOwnProblemAndTheStreamGoesOn() throws Exception {
        String longLine = "{\"instrument\": \"phq9\", \"coding\": \"" + "x".repeat(1_100_000) + "\"}";
        List<JsonNode> answers = lines(post("/bulk/scores", PHQ9 + "\n" + longLine + "\n" + PHQ9 + "\n"));
        assertThat(answers).extracting(a -> a.get("line").asInt()).containsExactly(1, 2, 3);
        assertThat(answers.get(1).at("/problem/type").asText()).isEqualTo("/problems/line-too-long");
        assertThat(answers.get(1).at("/problem/status").asInt()).isEqualTo(413);
        assertThat(answers.get(2).has("result")).isTrue();
    }

    @Test
    void bulkTakesBodiesOverTheRequestLimit() throws Exception {
        StringBuilder body = new StringBuilder();
        int n = 0;
        while (body.length() < 1_500_000) {
            body.append(PHQ9).append('\n');
            n++;
        }
        List<JsonNode> answers = lines(post("/bulk/scores", body.toString()));
        assertThat(answers).hasSize(n);
        assertThat(answers.get(n - 1).get("line").asInt()).isEqualTo(n);
    }

    @Test
    void bulkTakesChunkedBodies() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(RestAssured.baseURI + ":" + RestAssured.port
                + "/bulk/trends").openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(64);
        connection.setRequestProperty("Content-Type", BulkResource.NDJSON);
        String client = "{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", \"phase\": "
                + "\"baseline\", \"scores\": {\"total\": 17}}, {\"instrument\": \"phq9\", \"date\": \"2026-03-02\", "
                + "\"scores\": {\"total\": 6}}]}\n";
        try (OutputStream out = connection.getOutputStream()) {
            out.write((client + "null\n" + client).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(connection.getResponseCode()).isEqualTo(200);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        connection.getInputStream().transferTo(answer);
        List<JsonNode> answers = lines(answer.toString(StandardCharsets.UTF_8));
        assertThat(answers).extracting(a -> a.get("line").asInt()).containsExactly(1, 2, 3);
        assertThat(answers.get(0).at("/result/scales/0/comparisons/0/rawChange").isNumber()).isTrue();
        assertThat(answers.get(1).at("/problem/type").asText()).isEqualTo("/problems/invalid-request");
    }

    @Test
    void otherMediaTypesAre415WithTheMediaTypeToSend() {
        given().contentType("application/json").body(PHQ9).post("/bulk/scores")
                .then().statusCode(415).body("detail", equalTo(
                        "Send the body as application/x-ndjson (Content-Type: application/x-ndjson)."));
    }

    @Test
    void otherPathsKeepTheOneMegabyteLimit() {
        String big = "{\"responses\": {}, \"coding\": \"" + "x".repeat(1_100_000) + "\"}";
        given().contentType("application/json").body(big).post("/bulk/../instruments/phq9/scores")
                .then().statusCode(413).body("type", equalTo("/problems/body-too-large"));
    }
}
