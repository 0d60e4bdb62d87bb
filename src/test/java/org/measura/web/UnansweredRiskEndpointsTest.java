package org.measura.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * PHQ-9 item 9 (thoughts of death or self-harm) left unanswered: every endpoint that answers a PHQ-9 says that risk
 * was not assessed. Items 1-8 are 2, 3, 1, 2, 1, 1, 2, 0: 12 over 8 answered items, prorated x 9/8 = 13.5.
 */
@QuarkusTest
class UnansweredRiskEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FhirContext FHIR = FhirContext.forR4();
    private static final String BASE = "http://localhost:8080/fhir";
    private static final String ITEM9_MISSING =
            "{\"1\": 2, \"2\": 3, \"3\": 1, \"4\": 2, \"5\": 1, \"6\": 1, \"7\": 2, \"8\": 0}";
    private static final String NOT_ASSESSED = "Risk not assessed: PHQ-9 item 9 was not answered";

    @Test
    void singleScore() {
        given().contentType(ContentType.JSON).body("{\"responses\": " + ITEM9_MISSING + "}")
                .post("/instruments/phq9/scores")
                .then().statusCode(200)
                .body("scales[0].score", equalTo(13.5f))
                .body("flags", empty())
                .body("unassessedRisks[0].flag", equalTo("self-harm-thoughts"))
                .body("unassessedRisks[0].items", contains("9"))
                .body("unassessedRisks[0].fired", equalTo(false))
                .body("unassessedRisks[0].statement", startsWith(NOT_ASSESSED))
                .body("notes[0]", startsWith(NOT_ASSESSED));
    }

    @Test
    void batch() {
        given().contentType(ContentType.JSON)
                .body("{\"administrations\": [{\"instrument\": \"phq9\", \"responses\": " + ITEM9_MISSING + "}]}")
                .post("/scores")
                .then().statusCode(200)
                .body("results[0].result.unassessedRisks[0].statement", startsWith(NOT_ASSESSED));
    }

    @Test
    void bulk() throws Exception {
        String answer = given().contentType("application/x-ndjson")
                .body(("{\"instrument\": \"phq9\", \"responses\": " + ITEM9_MISSING + "}\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/bulk/scores").then().statusCode(200).extract().asString();
        JsonNode line = JSON.readTree(answer.lines().findFirst().orElseThrow());
        assertThat(line.at("/result/unassessedRisks/0/statement").asText()).startsWith(NOT_ASSESSED);
    }

    @Test
    void trendSeries() {
        String full = "{\"1\": 3, \"2\": 3, \"3\": 2, \"4\": 2, \"5\": 2, \"6\": 2, \"7\": 2, \"8\": 2, \"9\": 0}";
        given().contentType(ContentType.JSON).body("{\"administrations\": ["
                        + "{\"instrument\": \"phq9\", \"date\": \"2026-01-05\", \"responses\": " + full + "},"
                        + "{\"instrument\": \"phq9\", \"date\": \"2026-02-02\", \"responses\": " + ITEM9_MISSING + "}]}")
                .post("/trends")
                .then().statusCode(200)
                .body("unassessedRisks.size()", equalTo(1))
                .body("unassessedRisks[0].administration", equalTo(1))
                .body("unassessedRisks[0].date", equalTo("2026-02-02"))
                .body("unassessedRisks[0].instrument", equalTo("phq9"))
                .body("unassessedRisks[0].items", contains("9"))
                .body("unassessedRisks[0].statement", startsWith(NOT_ASSESSED))
                .body("notes[0]", startsWith("/administrations/1 (2026-02-02): " + NOT_ASSESSED));
    }

    @Test
    void fhirScoreWritesAnObservationWithADataAbsentReasonAndAWarning() {
        Bundle bundle = fhir("/fhir/QuestionnaireResponse/$score", response("r1", "2026-02-02"));
        Observation risk = observations(bundle).stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("phq9-self-harm-thoughts"))
                .findFirst().orElseThrow();
        assertThat(risk.hasValue()).isFalse();
        assertThat(risk.getDataAbsentReason().getCodingFirstRep().getCode()).isEqualTo("unknown");
        assertThat(risk.getComponent()).singleElement().satisfies(c -> {
            assertThat(c.getCode().getText()).startsWith("item 9");
            assertThat(c.getDataAbsentReason().getCodingFirstRep().getCode()).isEqualTo("unknown");
        });
        assertThat(risk.getNoteFirstRep().getText()).startsWith(NOT_ASSESSED);
        assertThat(warnings(bundle)).anySatisfy(w -> assertThat(w).startsWith(NOT_ASSESSED));
    }

    @Test
    void fhirTrendCarriesTheSameObservationAndWarning() {
        QuestionnaireResponse first = response("r0", "2026-01-05");
        first.getItem().forEach(i -> i.getAnswerFirstRep().setValue(new IntegerType(1)));
        first.addItem().setLinkId("9").addAnswer().setValue(new IntegerType(0));
        Bundle body = new Bundle().setType(Bundle.BundleType.COLLECTION);
        body.addEntry().setResource(first);
        body.addEntry().setResource(response("r1", "2026-02-02"));
        Bundle bundle = fhir("/fhir/$trend", body);
        assertThat(observations(bundle)).anySatisfy(o -> {
            assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("phq9-self-harm-thoughts");
            assertThat(o.getDataAbsentReason().getCodingFirstRep().getCode()).isEqualTo("unknown");
        });
        assertThat(warnings(bundle)).anySatisfy(w -> assertThat(w).startsWith(NOT_ASSESSED));
    }

    /**
     * The risk statement reaches FHIR once, as a warning, and the other notes as information, in the plain answer's
     * order: CORE-OM with only item 16 answered (2) scores no scale (each needs more of its items), fires the risk
     * flag on item 16 and leaves risk items 6, 9, 22, 24 and 34 unassessed.
     */
    @Test
    void fhirScoreSaysEachRiskStatementOnceAndTheOtherNotesAsThePlainAnswerDoes() {
        String statement = "Risk partly assessed: CORE-OM items 6, 9, 22, 24, 34 were not answered, so what they ask "
                + "about was not assessed; the risk flag (a risk item endorsed) was raised by the items that were "
                + "answered.";
        String noScale = "No scale of CORE-OM could be scored (each scale says why); the answer is given for the flags "
                + "that the answered items decide.";
        given().contentType(ContentType.JSON).body("{\"responses\": {\"16\": 2}}").post("/instruments/coreom/scores")
                .then().statusCode(200).body("notes", contains(statement, noScale));

        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setId("r1");
        r.setQuestionnaire(BASE + "/Questionnaire/coreom");
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setAuthoredElement(new DateTimeType("2026-02-02"));
        r.addItem().setLinkId("16").addAnswer().setValue(new IntegerType(2));
        List<OperationOutcome.OperationOutcomeIssueComponent> issues = fhir("/fhir/QuestionnaireResponse/$score", r)
                .getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(OperationOutcome.class::isInstance).map(OperationOutcome.class::cast)
                .flatMap(o -> o.getIssue().stream()).toList();
        assertThat(issues).filteredOn(i -> statement.equals(i.getDiagnostics())).singleElement()
                .satisfies(i -> assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING));
        assertThat(issues).filteredOn(i -> noScale.equals(i.getDiagnostics())).singleElement()
                .satisfies(i -> assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION));
        assertThat(issues.stream().map(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics).toList())
                .containsSubsequence(statement, noScale);
    }

    private static QuestionnaireResponse response(String id, String date) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setId(id);
        r.setQuestionnaire(BASE + "/Questionnaire/phq9");
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(new Reference("Patient/p1"));
        r.setAuthoredElement(new DateTimeType(date));
        int[] answers = {2, 3, 1, 2, 1, 1, 2, 0};
        for (int i = 0; i < answers.length; i++) {
            r.addItem().setLinkId(Integer.toString(i + 1)).addAnswer().setValue(new IntegerType(answers[i]));
        }
        return r;
    }

    private static Bundle fhir(String path, Resource body) {
        String json = given().urlEncodingEnabled(false).contentType("application/fhir+json")
                .body(FHIR.newJsonParser().encodeResourceToString(body)).post(path)
                .then().statusCode(200).extract().asString();
        return FHIR.newJsonParser().parseResource(Bundle.class, json);
    }

    private static List<Observation> observations(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
    }

    private static List<String> warnings(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(OperationOutcome.class::isInstance).map(OperationOutcome.class::cast)
                .flatMap(o -> o.getIssue().stream())
                .filter(i -> i.getSeverity() == OperationOutcome.IssueSeverity.WARNING)
                .map(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics).toList();
    }
}
