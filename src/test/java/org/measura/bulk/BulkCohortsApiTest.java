package org.measura.bulk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** POST /bulk/cohorts answers its documented example, and as POST /cohorts/outcomes does for the same clients. */
@QuarkusTest
class BulkCohortsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode bulk(String ndjson) throws Exception {
        return JSON.readTree(given().contentType(BulkResource.NDJSON).body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/bulk/cohorts").then().statusCode(200).contentType("application/json").extract().asString());
    }

    @Test
    void theDocumentedExampleAnswersAsDocumented() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        JsonNode post = document.at("/paths/~1bulk~1cohorts/post");
        JsonNode request = post.at("/requestBody/content/application~1x-ndjson/examples").elements().next();
        JsonNode answer = post.at("/responses/200/content/application~1json/examples").elements().next();
        String ndjson = document.at(request.get("$ref").asText().substring(1)).get("value").asText();
        JsonNode documented = document.at(answer.get("$ref").asText().substring(1)).get("value");
        JsonNode got = bulk(ndjson);
        assertThat(got).isEqualTo(documented);
        assertThat(got.at("/overall/clients").asInt()).isEqualTo(3);
        assertThat(got.at("/unanalysedClients/0/client").asInt()).isEqualTo(3);
        assertThat(got.at("/unanalysedClients/0/kind").asText()).isEqualTo("malformed-json");
    }

    @Test
    void theStreamAndTheSingleRequestAgreeFigureForFigure() throws Exception {
        String a = "{\"group\": \"x\", \"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", "
                + "\"scores\": {\"total\": 17}}, {\"instrument\": \"phq9\", \"date\": \"2026-03-30\", \"scores\": "
                + "{\"total\": 6}}]}";
        String b = "{\"administrations\": [{\"instrument\": \"gad7\", \"date\": \"2026-01-05\", \"phase\": "
                + "\"baseline\", \"scores\": {\"total\": 12}}, {\"instrument\": \"gad7\", \"date\": \"2026-02-05\", "
                + "\"phase\": \"termination\", \"scores\": {\"total\": 9}}]}";
        JsonNode streamed = bulk(a + "\n\n" + b + "\n");
        JsonNode single = JSON.readTree(given().contentType("application/json").body("{\"clients\": [" + a + ", " + b
                + "]}").post("/cohorts/outcomes").then().statusCode(200).extract().asString());
        assertThat(streamed).isEqualTo(single);
    }

    /** A stream of unknown length is what bulk is for: sent chunked, without a Content-Length, it is read whole. */
    @Test
    void aChunkedStreamWithoutALengthIsTakenAndEveryClientCounted() throws Exception {
        String client = "{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", "
                + "\"scores\": {\"total\": 17}}, {\"instrument\": \"phq9\", \"date\": \"2026-03-30\", "
                + "\"scores\": {\"total\": 6}}]}\n";
        HttpURLConnection connection = (HttpURLConnection) URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/bulk/cohorts").toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(64);
        connection.setRequestProperty("Content-Type", BulkResource.NDJSON);
        try (OutputStream out = connection.getOutputStream()) {
            for (int i = 0; i < 50; i++) {
                out.write(client.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(connection.getResponseCode()).isEqualTo(200);
        try (InputStream in = connection.getInputStream()) {
            // 50 clients sent, each with a first and a last score: all 50 counted and analysed.
            JsonNode answer = JSON.readTree(in);
            assertThat(answer.at("/overall/clients").asInt()).isEqualTo(50);
            assertThat(answer.at("/overall/analysed").asInt()).isEqualTo(50);
        }
    }
}
