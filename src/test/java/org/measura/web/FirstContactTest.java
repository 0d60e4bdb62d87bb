package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a developer meets first: the service's address leads to the Swagger UI, whose sections read in order. */
@QuarkusTest
class FirstContactTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theRootRedirectsToTheSwaggerUi() {
        given().redirects().follow(false).get("/").then().statusCode(302).header("Location", "/q/swagger-ui");
    }

    @Test
    void tagsReadInANewcomersOrderAndEveryOperationHasAnId() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<String> tags = new ArrayList<>();
        document.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
        assertThat(tags).containsExactly("Instruments", "Trends", "Cohorts", "Batch scoring", "Bulk", "FHIR R4");

        List<String> ids = new ArrayList<>();
        document.get("paths").forEach(path -> path.forEach(operation -> ids.add(operation.path("operationId").asText())));
        assertThat(ids).doesNotContain("").doesNotHaveDuplicates()
                .contains("scoreAdministration", "analyseTrend", "scoreBatch", "streamScores", "fhirTrend");

        assertThat(document.at("/info/license/name").asText()).isEqualTo("Apache-2.0");
        assertThat(document.at("/info/description").asText()).contains("Authorize").contains("Bearer");
    }
}
