package org.measura.web;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verdicts first, and one answer never deciding one classification two ways. The PHQ-9 figures, worked by hand: the
 * definition has no reference SD, so reliable change is the NHS Talking Therapies threshold (a change of 6 or more);
 * the recovery cut-off is caseness, 10 or more, so the healthy side is below 10. GAD-7: threshold 4, caseness 8.
 */
@QuarkusTest
class TrendVerdictApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The course in the issue: 20 → 12 → 3 (termination, 2026-03-02) → 4 (follow-up, 182 days later). */
    static final String PHQ9_FOLLOW_UP = """
            {"administrations": [
              {"instrument": "phq9", "date": "2026-01-05", "phase": "baseline", "scores": {"total": 20}},
              {"instrument": "phq9", "date": "2026-02-02", "phase": "treatment", "scores": {"total": 12}},
              {"instrument": "phq9", "date": "2026-03-02", "phase": "termination", "scores": {"total": 3}},
              {"instrument": "phq9", "date": "2026-08-31", "phase": "follow-up", "scores": {"total": 4}}]}""";

    private static JsonNode trend(String body) throws Exception {
        return JSON.readTree(given().contentType(ContentType.JSON).body(body).post("/trends")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void theIssuesCourseOpensWithItsVerdictAndDecidesPostTerminationGainOnce() throws Exception {
        JsonNode answer = trend(PHQ9_FOLLOW_UP);
        JsonNode scale = answer.at("/scales/0");
        // 20 → 3 is a fall of 17 ≥ 6 from 20 (≥ 10, a case) to 3 (< 10): recovered. 3 → 4 is +1 < 6, no reliable
        // deterioration, and 4 < 10 is still below the cut-off: maintained. March 2 to August 31 is 182 days,
        // 182 / 30.4375 = 5.98, about 6 months.
        assertThat(scale.get("summary").asText()).startsWith("Recovered at termination: 20 → 3, a reliable "
                + "improvement below the cut-off 10. Maintained at follow-up, 6 months after termination (3 → 4). ");
        // With one follow-up there is no slope to test (it needs 3 points), so reliable change alone decides:
        // 3 → 4 is no reliable improvement, so no post-termination gain, decided, not "cannot be judged".
        JsonNode overall = named(scale.at("/followUp/classifications"), "post-termination-gain");
        assertThat(overall.get("holds").asBoolean()).isFalse();
        assertThat(overall.get("explanation").asText()).startsWith("No post-termination gain: no reliable "
                + "improvement from termination to the follow-up, and there are too few points after termination");
        JsonNode perPoint = named(scale.at("/followUp/followUps/0/classifications"),
                "reliable-improvement-since-termination");
        assertThat(perPoint.get("holds").asBoolean()).isFalse();
        assertThat(contradictions(answer)).isEmpty();
    }

    @Test
    void aRelapseIsTheFollowUpVerdict() throws Exception {
        // 18 → 6: fall 12 ≥ 6, 18 ≥ 10 to 6 < 10, recovered. 6 → 15 is +9 ≥ 6, a reliable deterioration, and 15 ≥ 10
        // is back in the clinical range: relapse. June 1 to September 1 is 92 days, 92 / 30.4375 = 3.02: 3 months.
        JsonNode answer = trend("""
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-03-02", "phase": "baseline", "scores": {"total": 18}},
                  {"instrument": "phq9", "date": "2026-06-01", "phase": "termination", "scores": {"total": 6}},
                  {"instrument": "phq9", "date": "2026-09-01", "phase": "follow-up", "scores": {"total": 15}}]}""");
        assertThat(answer.at("/scales/0/summary").asText()).startsWith("Recovered at termination: 18 → 6, a "
                + "reliable improvement below the cut-off 10. Relapsed at follow-up, 3 months after termination "
                + "(6 → 15). ");
        assertThat(contradictions(answer)).isEmpty();
    }

    @Test
    void eachCategoryHasItsVerdict() throws Exception {
        // PHQ-9 19 → 12: fall 7 ≥ 6 but 12 ≥ 10: improved, not recovered. GAD-7 5 → 12: rise 7 ≥ 4, from 5 < 8 to
        // 12 ≥ 8: harmed. No termination, so the verdict is baseline to latest.
        JsonNode answer = trend("""
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 19}},
                  {"instrument": "phq9", "date": "2026-02-05", "scores": {"total": 12}},
                  {"instrument": "gad7", "date": "2026-01-05", "scores": {"total": 5}},
                  {"instrument": "gad7", "date": "2026-02-05", "scores": {"total": 12}}]}""");
        assertThat(scale(answer, "phq9").get("summary").asText())
                .startsWith("Improved: 19 → 12, a reliable improvement, but not below the cut-off 10. 2 administrations");
        assertThat(scale(answer, "gad7").get("summary").asText()).startsWith("Harmed: 5 → 12, a reliable "
                + "deterioration from below the cut-off 8 to no longer below it. 2 administrations");
        assertThat(contradictions(answer)).isEmpty();
        // PHQ-9 14 → 11: fall 3 < 6, no reliable change. GAD-7 10 → 15: rise 5 ≥ 4 from 10 ≥ 8: deteriorated.
        JsonNode second = trend("""
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 14}},
                  {"instrument": "phq9", "date": "2026-02-05", "scores": {"total": 11}},
                  {"instrument": "gad7", "date": "2026-01-05", "scores": {"total": 10}},
                  {"instrument": "gad7", "date": "2026-02-05", "scores": {"total": 15}}]}""");
        assertThat(scale(second, "phq9").get("summary").asText()).startsWith("No reliable change: 14 → 11. ");
        assertThat(scale(second, "gad7").get("summary").asText())
                .startsWith("Deteriorated: 10 → 15, a reliable deterioration. ");
        assertThat(contradictions(second)).isEmpty();
    }

    @Test
    void anUndecidedVerdictSaysWhy() throws Exception {
        // A caller's measure with a direction and no figures: no reliable-change method can run.
        JsonNode answer = trend("""
                {"measures": [{"id": "local", "direction": "lower-is-better"}],
                 "administrations": [
                  {"instrument": "local", "date": "2026-01-05", "scores": {"total": 80}},
                  {"instrument": "local", "date": "2026-02-05", "scores": {"total": 60}}]}""");
        String summary = answer.at("/scales/0/summary").asText();
        assertThat(summary).startsWith("Not classified: local total fell from 80 to 60 (−20); whether the change is "
                + "reliable cannot be judged (missing ");
        assertThat(contradictions(answer)).isEmpty();
        // The same measure with a termination and a follow-up: every follow-up classification is undecided, and
        // says why. June 1 to August 31 is 91 days, 91 / 30.4375 = 2.99: 3 months.
        JsonNode followed = trend("""
                {"measures": [{"id": "local", "direction": "lower-is-better"}],
                 "administrations": [
                  {"instrument": "local", "date": "2026-03-02", "phase": "baseline", "scores": {"total": 80}},
                  {"instrument": "local", "date": "2026-06-01", "phase": "termination", "scores": {"total": 60}},
                  {"instrument": "local", "date": "2026-08-31", "phase": "follow-up", "scores": {"total": 62}}]}""");
        assertThat(followed.at("/scales/0/summary").asText()).startsWith("Not classified at termination: local total "
                + "fell from 80 to 60 (−20); whether the change is reliable cannot be judged (missing ")
                .contains("Maintenance at follow-up, 3 months after termination (60 → 62) cannot be judged: reliable "
                        + "change since termination is not computable (missing ");
        assertThat(contradictions(followed)).isEmpty();
        assertThat(trend("""
                {"administrations": [{"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 12}}]}""")
                .at("/scales/0/summary").asText()).startsWith("Not classified: only one administration");
    }

    @Test
    void theDocumentedCourseHasNoContradictionsOnAnyTrendEndpoint() throws Exception {
        String course = Files.readString(Path.of("docs/example-course-request.json"));
        JsonNode answer = trend(course);
        assertThat(contradictions(answer)).isEmpty();
        for (JsonNode scale : answer.get("scales")) {
            assertThat(scale.get("summary").asText()).as(scale.get("label").asText())
                    .matches("^(Recovered|Improved|No reliable change|Deteriorated|Harmed|Not classified)\\b.*");
        }
        String line = JSON.writeValueAsString(JSON.readTree(course)) + "\n" + PHQ9_FOLLOW_UP.replace("\n", "") + "\n";
        String stream = given().contentType("application/x-ndjson").body(line.getBytes(UTF_8)).post("/bulk/trends")
                .then().statusCode(200).extract().asString();
        List<JsonNode> results = new ArrayList<>();
        for (String l : stream.split("\n")) {
            results.add(JSON.readTree(l).get("result"));
        }
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("scales")).isEqualTo(answer.get("scales"));
        assertThat(contradictions(results.get(1))).isEmpty();
        assertThat(results.get(1).at("/scales/0/summary").asText()).startsWith("Recovered at termination: 20 → 3");
    }

    @Test
    void theFhirTrendSaysTheSameVerdict() throws Exception {
        StringBuilder entries = new StringBuilder();
        String[][] course = {{"2026-01-05", "baseline", "20"}, {"2026-02-02", "treatment", "12"},
                {"2026-03-02", "termination", "3"}, {"2026-08-31", "follow-up", "4"}};
        for (String[] a : course) {
            entries.append(entries.length() == 0 ? "" : ", ").append("""
                    {"resource": {"resourceType": "Observation", "id": "o%s", "extension": [{"url":
                     "http://localhost:8080/fhir/StructureDefinition/phase", "valueCode": "%s"}], "status": "final",
                     "code": {"coding": [{"system": "http://loinc.org", "code": "44261-6"}]},
                     "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "%s", "valueInteger": %s}}"""
                    .formatted(a[2], a[1], a[0], a[2]));
        }
        String bundle = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [" + entries + "]}";
        String answer = given().urlEncodingEnabled(false).contentType("application/fhir+json").body(bundle)
                .post("/fhir/$trend").then().statusCode(200).extract().asString();
        // The same hand-worked verdict as POST /trends (see theIssuesCourseOpensWithItsVerdict...).
        assertThat(answer).contains("Recovered at termination: 20 → 3, a reliable improvement below the cut-off 10. "
                + "Maintained at follow-up, 6 months after termination (3 → 4).");
        assertThat(answer).contains("reliable-improvement-since-termination")
                .doesNotContain("Post-termination gain cannot be judged");
    }

    private static JsonNode scale(JsonNode answer, String instrument) {
        for (JsonNode s : answer.get("scales")) {
            if (s.get("instrumentId").asText().equals(instrument)) {
                return s;
            }
        }
        throw new AssertionError("no scale of " + instrument);
    }

    private static JsonNode named(JsonNode classifications, String name) {
        for (JsonNode c : classifications) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no classification " + name);
    }

    /**
     * Everything in one trend answer that reads two ways: a classification undecided without saying so (or decided
     * while saying it cannot be judged); one classification (same name, comparison and follow-up) decided
     * differently in two places; a follow-up summary at odds with its follow-ups; a verdict at odds with the
     * comparison or follow-up it words.
     */
    static List<String> contradictions(JsonNode answer) {
        List<String> found = new ArrayList<>();
        Map<String, String> decided = new HashMap<>();
        walk(answer, "", "", found, decided);
        for (JsonNode scale : answer.path("scales")) {
            scaleChecks(scale, found);
        }
        return found;
    }

    private static void walk(JsonNode node, String at, String scope, List<String> found, Map<String, String> decided) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, scope, found, decided);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("instrumentId") && node.has("scaleId")) {
            scope = node.get("instrumentId").asText() + "/" + node.get("scaleId").asText();
        }
        if (node.has("point") && node.has("daysSinceTermination")) {
            scope = scope + "@" + node.at("/point/date").asText();
        }
        if (node.has("name") && node.has("explanation")) {
            JsonNode holds = node.get("holds");
            String explanation = node.get("explanation").asText();
            boolean undecided = holds == null || holds.isNull();
            if (undecided && !explanation.matches("(?s).*cannot be (judged|decided|told)[^:]*: .+")) {
                found.add(at + ": undecided without its reason: " + explanation);
            }
            if (!undecided && explanation.contains("cannot be judged")) {
                found.add(at + ": decided but reads undecided: " + explanation);
            }
            String key = scope + "|" + node.get("name").asText() + "|" + node.path("comparison").asText();
            String value = undecided ? "undecided" : holds.asText();
            String before = decided.putIfAbsent(key, value);
            if (before != null && !before.equals(value)) {
                found.add(at + ": " + key + " is " + value + " here and " + before + " elsewhere");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            walk(f.getValue(), at + "/" + f.getKey(), scope, found, decided);
        }
    }

    private static void scaleChecks(JsonNode scale, List<String> found) {
        String label = scale.path("label").asText();
        JsonNode main = comparison(scale, "baseline-to-termination");
        if (main == null) {
            main = comparison(scale, "baseline-to-latest");
        }
        String summary = scale.path("summary").asText();
        if (main != null) {
            String category = main.at("/clinicalSignificance/category").asText("");
            String opening = switch (category) {
                case "recovered" -> "Recovered";
                case "improved" -> "Improved";
                case "unchanged" -> "No reliable change";
                case "deteriorated" -> "Deteriorated";
                case "harmed" -> "Harmed";
                default -> "Not classified";
            };
            if (!summary.startsWith(opening)) {
                found.add(label + ": the verdict '" + summary + "' does not word the category '" + category + "'");
            }
        }
        JsonNode followUp = scale.get("followUp");
        if (followUp == null) {
            return;
        }
        JsonNode termination = comparison(scale, "baseline-to-termination");
        JsonNode recoveredAtEnd = named(followUp.get("classifications"), "recovered-at-termination");
        if (termination != null) {
            String category = termination.at("/clinicalSignificance/category").asText("");
            String expected = category.isEmpty() ? "undecided" : String.valueOf(category.equals("recovered"));
            String actual = recoveredAtEnd.path("holds").isBoolean() ? recoveredAtEnd.get("holds").asText()
                    : "undecided";
            if (!expected.equals(actual)) {
                found.add(label + ": recovered-at-termination is " + actual + " but baseline-to-termination is '"
                        + category + "'");
            }
        }
        boolean anyGain = false;
        boolean anyUndecided = false;
        JsonNode points = followUp.get("followUps");
        for (JsonNode point : points) {
            JsonNode gain = named(point.get("classifications"), "reliable-improvement-since-termination");
            String status = point.at("/changeSinceTermination/status").asText();
            String expected = status.equals("not-computable") ? "undecided"
                    : String.valueOf(status.equals("reliable-improvement"));
            String actual = gain.path("holds").isBoolean() ? gain.get("holds").asText() : "undecided";
            if (!expected.equals(actual)) {
                found.add(label + ": reliable improvement since termination is " + actual + " but the change is "
                        + status);
            }
            anyGain |= actual.equals("true");
            anyUndecided |= actual.equals("undecided");
        }
        JsonNode overall = named(followUp.get("classifications"), "post-termination-gain");
        boolean slope = followUp.at("/postTerminationSlope/significantInHealthyDirection").asBoolean(false);
        String expected = anyGain || slope ? "true" : anyUndecided ? "undecided" : "false";
        String actual = overall.path("holds").isBoolean() ? overall.get("holds").asText() : "undecided";
        if (!expected.equals(actual)) {
            found.add(label + ": post-termination gain is " + actual + " but its follow-ups and slope say " + expected);
        }
        JsonNode last = points.get(points.size() - 1);
        JsonNode maintained = named(last.get("classifications"), "maintained");
        JsonNode relapse = named(last.get("classifications"), "relapse");
        String words = relapse.path("holds").asBoolean(false) ? "Relapsed at"
                : !maintained.path("holds").isBoolean() ? "cannot be judged"
                        : maintained.get("holds").asBoolean() ? "Maintained at" : "Not maintained at";
        if (!summary.contains(words)) {
            found.add(label + ": the summary does not say '" + words + "' of the last follow-up");
        }
        JsonNode latest = comparison(scale, "baseline-to-latest");
        if (latest != null && latest.at("/to/date").equals(last.at("/point/date"))
                && !latest.at("/clinicalSignificance/category").equals(last.path("categoryFromBaseline"))) {
            found.add(label + ": the last follow-up's category from baseline differs from baseline-to-latest");
        }
    }

    private static JsonNode comparison(JsonNode scale, String kind) {
        for (JsonNode c : scale.path("comparisons")) {
            if (c.get("kind").asText().equals(kind)) {
                return c;
            }
        }
        return null;
    }
}
