package org.measura.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the committed OpenAPI document, answered with success and with an error: each answer carries
 * Cache-Control: no-store and X-Content-Type-Options: nosniff; OPTIONS lists exactly the documented methods of the
 * path (with HEAD beside GET); a method the path does not take is a 405 with the same Allow. The Swagger UI page has
 * a Content-Security-Policy with frame-ancestors 'none' and is not cached.
 */
@QuarkusTest
class ResponseHeadersApiTest {

    private static OpenApiDocument document;

    @BeforeAll
    static void read() throws Exception {
        document = OpenApiDocument.read();
    }

    @Test
    void everyOperationAnswersWithHealthDataHeaders() {
        Set<String> succeeded = new TreeSet<>();
        for (OpenApiDocument.Operation op : document.operations().values()) {
            byte[] body = op.hasBody() ? body(op) : new byte[0];
            Response ok = send(op, op.hasBody() ? op.mediaTypes().get(0) : null, body, null);
            assertThat(ok.statusCode()).as(op.key()).isLessThan(500);
            if (ok.statusCode() < 300) {
                succeeded.add(op.key());
            }
            assertHealthDataHeaders(op.key() + " answered " + ok.statusCode(), ok);
            Response broken = op.hasBody()
                    ? send(op, op.mediaTypes().get(0), "{\"responses\": ".getBytes(StandardCharsets.UTF_8), null)
                    : send(op, null, body, "application/x-unknown");
            // A bulk stream answers a broken line in its own result line, under 200.
            assertThat(broken.statusCode()).as(op.key() + " broken")
                    .isBetween(op.path().startsWith("/bulk/") ? 200 : 400, 499);
            assertHealthDataHeaders(op.key() + " broken, answered " + broken.statusCode(), broken);
        }
        assertThat(succeeded).as("operations answered 2xx to their documented example")
                .isEqualTo(new TreeSet<>(document.operations().keySet()));
    }

    @Test
    void chartsInBothFormatsCarryTheHeaders() {
        OpenApiDocument.Operation chart = document.operation("POST /trends/chart");
        for (String accept : new String[] {"image/svg+xml", "image/png"}) {
            Response answer = send(chart, chart.mediaTypes().get(0), body(chart), accept);
            assertThat(answer.statusCode()).as(accept).isEqualTo(200);
            assertThat(answer.contentType()).startsWith(accept);
            assertHealthDataHeaders(accept, answer);
        }
    }

    @Test
    void optionsAndMethodNotAllowedTellTheDocumentedMethods() {
        Map<String, Set<String>> byPath = new TreeMap<>();
        document.operations().values().forEach(op -> byPath.computeIfAbsent(Requests.target(op, null),
                p -> new TreeSet<>()).add(op.method()));
        byPath.forEach((path, methods) -> {
            Set<String> expected = new TreeSet<>(methods);
            if (methods.contains("GET")) {
                expected.add("HEAD");
            }
            expected.add("OPTIONS");
            Response options = given().urlEncodingEnabled(false).when().options(path);
            assertThat(options.statusCode()).as("OPTIONS " + path).isEqualTo(204);
            assertThat(allowed(options)).as("OPTIONS " + path).isEqualTo(expected);
            assertHealthDataHeaders("OPTIONS " + path, options);
            String unsupported = methods.contains("POST") ? "DELETE" : "PUT";
            Response refused = given().urlEncodingEnabled(false).contentType("application/json").body("{}").when()
                    .request(unsupported, path);
            assertThat(refused.statusCode()).as(unsupported + " " + path).isEqualTo(405);
            assertThat(allowed(refused)).as(unsupported + " " + path).isEqualTo(expected);
            assertHealthDataHeaders(unsupported + " " + path, refused);
        });
    }

    @Test
    void unknownPathsCarryTheHeaders() {
        Response missing = given().when().get("/no-such-resource");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertHealthDataHeaders("404", missing);
    }

    @Test
    void swaggerUiHasAPolicyAndIsNotCached() {
        Response page = given().when().get("/q/swagger-ui/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertHealthDataHeaders("Swagger UI", page);
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .contains("default-src 'self'");
    }

    private static void assertHealthDataHeaders(String what, Response answer) {
        assertThat(answer.header("Cache-Control")).as(what + ": Cache-Control").isEqualTo("no-store");
        assertThat(answer.header("X-Content-Type-Options")).as(what + ": X-Content-Type-Options").isEqualTo("nosniff");
    }

    private static Set<String> allowed(Response answer) {
        String allow = answer.header("Allow");
        assertThat(allow).as("Allow").isNotNull();
        return Arrays.stream(allow.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }

    private static byte[] body(OpenApiDocument.Operation op) {
        JsonNode example = op.examples().get(0);
        String text = example.isTextual() ? example.textValue() : Requests.write(example);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Response send(OpenApiDocument.Operation op, String contentType, byte[] body, String accept) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (contentType != null) {
            request = request.contentType(contentType).body(body);
        }
        if (accept != null) {
            request = request.accept(accept);
        }
        return request.when().request(op.method(), Requests.target(op, null));
    }
}
