package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** detail=summary: the verdicts, key figures and sentences of the full answer, without the series. */
@QuarkusTest
class TrendSummaryDetailApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String post(String body, String detail) {
        return given().contentType(ContentType.JSON).body(body).queryParam("detail", detail).post("/trends")
                .then().statusCode(200).extract().asString();
    }

    @Test
    void theSummaryCarriesTheFullAnswersVerdictsAndFiguresWithoutTheSeries() throws Exception {
        String course = Files.readString(Path.of("docs/example-course-request.json"));
        JsonNode full = JSON.readTree(post(course, "full"));
        String compactText = post(course, "summary");
        JsonNode compact = JSON.readTree(compactText);
        assertThat(compact.get("scales")).hasSameSizeAs(full.get("scales"));
        for (int i = 0; i < full.get("scales").size(); i++) {
            JsonNode f = full.get("scales").get(i);
            JsonNode c = compact.get("scales").get(i);
            assertThat(c.has("series")).isFalse();
            assertThat(c.get("summary")).isEqualTo(f.get("summary"));
            assertThat(c.get("n")).isEqualTo(f.get("n"));
            for (int k = 0; k < f.get("comparisons").size(); k++) {
                JsonNode fc = f.get("comparisons").get(k);
                JsonNode cc = c.get("comparisons").get(k);
                assertThat(cc.get("rawChange")).isEqualTo(fc.get("rawChange"));
                assertThat(cc.get("reliableChange").asText()).isEqualTo(fc.at("/reliableChange/status").asText());
                assertThat(cc.path("category")).isEqualTo(fc.at("/clinicalSignificance/category"));
                assertThat(cc.get("explanation")).isEqualTo(fc.get("explanation"));
            }
        }
        // The PHQ-9 of the documented course: 19 at baseline to 6 at termination, recovered; maintained at the
        // second follow-up (4, 189 days after termination, 189 / 30.4375 = 6.2 months: 6 months).
        assertThat(compact.at("/scales/0/summary").asText()).startsWith("Recovered at termination: 19 → 6, a "
                + "reliable improvement below the cut-off 10. Maintained at the last of 2 follow-ups, 6 months after "
                + "termination (6 → 4).");
        assertThat(compact.get("talkingTherapies").get("summary")).isEqualTo(full.at("/talkingTherapies/summary"));
        assertThat(TrendVerdictApiTest.contradictions(full)).isEmpty();
        assertThat(compactText.length()).isLessThan(JSON.writeValueAsString(full).length() / 2);
    }

    @Test
    void anUnknownDetailIsRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"administrations\": [{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", "
                        + "\"scores\": {\"total\": 12}}]}")
                .queryParam("detail", "brief").post("/trends").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-request"))
                .body("detail", equalTo("The query parameter detail must be full or summary."));
    }
}
