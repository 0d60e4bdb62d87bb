package org.measura.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.measura.lifecycle.Readiness;

@QuarkusTest
class FhirApiTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final String SCORE = "/fhir/QuestionnaireResponse/$score";
    private static final String BASE = "http://localhost:8080/fhir";

    /** PHQ-9 answers worked by hand: 2+2+1+2+1+1+2+0+1 = 12, band moderate (10-14), item 9 above 0 flags. */
    private static final int[] PHQ9_12 = {2, 2, 1, 2, 1, 1, 2, 0, 1};

    private static RequestSpecification fhir() {
        // REST Assured would encode the $ of $score, and %24score is not the same path segment.
        return given().urlEncodingEnabled(false).contentType("application/fhir+json");
    }

    private static <T extends org.hl7.fhir.instance.model.api.IBaseResource> T parse(String json, Class<T> type) {
        return FHIR.newJsonParser().parseResource(type, json);
    }

    private static String encode(org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource);
    }

    private static Bundle score(String body) {
        String json = fhir().body(body).post(SCORE).then().statusCode(200).contentType("application/fhir+json")
                .extract().asString();
        return parse(json, Bundle.class);
    }

    private static List<Observation> observations(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
    }

    private static OperationOutcome outcome(Bundle bundle) {
        assertThat(bundle.getEntry().get(bundle.getEntry().size() - 1).getResource())
                .isInstanceOf(OperationOutcome.class);
        return (OperationOutcome) bundle.getEntry().get(bundle.getEntry().size() - 1).getResource();
    }

    private static Observation scale(Bundle bundle, String code) {
        return observations(bundle).stream()
                .filter(o -> o.getCode().getCoding().stream().anyMatch(c -> c.getCode().equals(code)))
                .findFirst().orElseThrow(() -> new AssertionError("no Observation coded " + code));
    }

    private static ValidatableResponse outcomeError(io.restassured.response.Response response, int status,
            String code) {
        return response.then().statusCode(status).contentType("application/fhir+json")
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error"))
                .body("issue[0].code", equalTo(code))
                .body(not(containsString("Exception")))
                .body(not(containsString("org.measura")))
                .body(not(containsString("HAPI-")));
    }

    // --- metadata and Questionnaires

    @Test
    void metadataIsACapabilityStatement() {
        String json = given().get("/fhir/metadata").then().statusCode(200).contentType("application/fhir+json")
                .extract().asString();
        CapabilityStatement cs = parse(json, CapabilityStatement.class);
        assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(cs.getRestFirstRep().getResource()).extracting(r -> r.getType())
                .containsExactly("Questionnaire", "QuestionnaireResponse", "CodeSystem", "ValueSet",
                        "StructureDefinition", "OperationDefinition");
        assertThat(cs.getRestFirstRep().getResource().get(1).getOperationFirstRep().getName()).isEqualTo("score");
        given().accept(ContentType.JSON).get("/fhir/metadata").then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void everyDefinitionTheCapabilityStatementNamesIsServedAtItsCanonicalUrl() {
        CapabilityStatement cs = parse(given().get("/fhir/metadata").then().statusCode(200).extract().asString(),
                CapabilityStatement.class);
        assertThat(cs.getRestFirstRep().getResource().get(1).getOperationFirstRep().getDefinition())
                .isEqualTo(BASE + "/OperationDefinition/QuestionnaireResponse-score");
        String score = given().get("/fhir/OperationDefinition/QuestionnaireResponse-score").then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();
        org.hl7.fhir.r4.model.OperationDefinition op = parse(score, org.hl7.fhir.r4.model.OperationDefinition.class);
        assertThat(op.getUrl()).isEqualTo(BASE + "/OperationDefinition/QuestionnaireResponse-score");
        assertThat(op.getType()).isTrue();
        assertThat(op.getSystem()).isFalse();
        assertThat(op.getParameter()).extracting(p -> p.getName() + ":" + p.getType())
                .containsExactly("response:QuestionnaireResponse", "questionnaire:Questionnaire", "instrument:string",
                        "return:Bundle");
        org.hl7.fhir.r4.model.CodeSystem bands = parse(given().get("/fhir/CodeSystem/bands").then().statusCode(200)
                .extract().asString(), org.hl7.fhir.r4.model.CodeSystem.class);
        assertThat(bands.getUrl()).isEqualTo(BASE + "/CodeSystem/bands");
        assertThat(bands.getConcept()).anySatisfy(c -> {
            assertThat(c.getCode()).isEqualTo("phq9-total-moderate");
            assertThat(c.getDisplay()).isEqualTo("moderate");
        });
        given().get("/fhir/StructureDefinition/phase").then().statusCode(200)
                .body("url", equalTo(BASE + "/StructureDefinition/phase"));
        given().get("/fhir/ValueSet/phase").then().statusCode(200).body("url", equalTo(BASE + "/ValueSet/phase"));
        given().get("/fhir/CodeSystem/no-such-thing").then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", not(containsString("no-such-thing")));
    }

    @Test
    void theSearchsetLinksComeFromTheConfiguredBaseNotTheHostHeader() {
        given().header("Host", "attacker.example").get("/fhir/Questionnaire").then().statusCode(200)
                .body("link[0].url", equalTo(BASE + "/Questionnaire"))
                .body("entry[0].fullUrl", org.hamcrest.Matchers.startsWith(BASE + "/Questionnaire/"));
        given().get("/fhir/Questionnaire?url=zqv-unknown").then().statusCode(200).body("total", equalTo(0))
                .body(not(containsString("zqv-unknown")));
    }

    @Test
    void thePhq9QuestionnaireCarriesLabelsWeightsAndLoincCodes() {
        Questionnaire q = parse(given().get("/fhir/Questionnaire/phq9").then().statusCode(200)
                .contentType("application/fhir+json").extract().asString(), Questionnaire.class);
        assertThat(q.getUrl()).isEqualTo(BASE + "/Questionnaire/phq9");
        assertThat(q.getCodeFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(q.getCodeFirstRep().getCode()).isEqualTo("44249-1");
        // LOINC's own name for the panel, as cdn.loinc.org/44261-6 shows it (docs/fhir.md, LOINC).
        assertThat(q.getCodeFirstRep().getDisplay()).isEqualTo("PHQ-9 quick depression assessment panel [Reported.PHQ]");
        given().get("/fhir/Questionnaire/k10").then().statusCode(200)
                .body("description", containsString("LOINC has no verified code"));
        assertThat(q.getCopyright()).contains("Pfizer");
        assertThat(q.getItem()).hasSize(10);
        Questionnaire.QuestionnaireItemComponent difficulty = q.getItem().get(9);
        assertThat(difficulty.getLinkId()).isEqualTo("10");
        assertThat(difficulty.getCode()).extracting(c -> c.getCode()).containsExactly("69722-7", "44256-6");
        assertThat(difficulty.getAnswerOption()).extracting(o -> o.getValueCoding().getCode())
                .containsExactly("LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3");
        assertThat(difficulty.getAnswerOption()).allSatisfy(o -> assertThat(o.getValueCoding().getExtension()).isEmpty());
        Questionnaire.QuestionnaireItemComponent first = q.getItemFirstRep();
        assertThat(first.getLinkId()).isEqualTo("1");
        assertThat(first.getText()).isEqualTo("loss of interest");
        assertThat(first.getCodeFirstRep().getCode()).isEqualTo("44250-9");
        assertThat(first.getAnswerOption()).hasSize(4);
        for (int value = 0; value <= 3; value++) {
            Coding coding = first.getAnswerOption().get(value).getValueCoding();
            assertThat(coding.getSystem()).isEqualTo("http://loinc.org");
            assertThat(((DecimalType) coding.getExtensionByUrl(Fhir.ITEM_WEIGHT).getValue()).getValue())
                    .isEqualByComparingTo(BigDecimal.valueOf(value));
            assertThat(((DecimalType) coding.getExtensionByUrl(Fhir.ORDINAL_VALUE).getValue()).getValue())
                    .isEqualByComparingTo(BigDecimal.valueOf(value));
        }
        assertThat(first.getAnswerOption().get(2).getValueCoding().getCode()).isEqualTo("LA6570-1");
    }

    @Test
    void anInstrumentWithoutLoincAnswersUsesOurOwnAnswerCodes() {
        Questionnaire q = parse(given().get("/fhir/Questionnaire/wsas").then().statusCode(200).extract().asString(),
                Questionnaire.class);
        // WSAS items take 0 to 8; only the ends are labelled on the form.
        assertThat(q.getItemFirstRep().getAnswerOption()).hasSize(9);
        Coding middle = q.getItemFirstRep().getAnswerOption().get(4).getValueCoding();
        assertThat(middle.getSystem()).isEqualTo(BASE + "/CodeSystem/wsas-answers");
        assertThat(middle.getCode()).isEqualTo("4");
        assertThat(q.getCode()).isEmpty();
    }

    @Test
    void searchListsEveryInstrumentAndFiltersByUrl() {
        Bundle all = parse(given().get("/fhir/Questionnaire").then().statusCode(200).extract().asString(),
                Bundle.class);
        assertThat(all.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(all.getTotal()).isEqualTo(org.measura.catalog.InstrumentCatalog.loadBuiltIn().all().size());
        assertThat(all.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart()).contains("phq9",
                "gad7", "coreom");
        given().queryParam("url", BASE + "/Questionnaire/gad7").get("/fhir/Questionnaire").then().statusCode(200)
                .body("total", equalTo(1))
                .body("entry[0].resource.id", equalTo("gad7"))
                .body("entry[0].fullUrl", containsString("/fhir/Questionnaire/gad7"));
    }

    @Test
    void anUnknownQuestionnaireIsAnOperationOutcome404() {
        outcomeError(given().get("/fhir/Questionnaire/phq-99"), 404, "not-found");
    }

    // --- $score: the served Questionnaire filled in scores as the plain API does

    @Test
    void theServedQuestionnaireFilledInScoresAsThePlainApi() {
        Map<String, Integer> full = answers(PHQ9_12);
        assertSameAsPlainApi("phq9", full, "44261-6");
        Map<String, Integer> itemNineMissing = new LinkedHashMap<>(full);
        itemNineMissing.put("9", null);
        Bundle prorated = assertSameAsPlainApi("phq9", itemNineMissing, "44261-6");
        // 11 over 8 items, times 9 = 12.375, reported as 12.38.
        Quantity value = scale(prorated, "44261-6").getValueQuantity();
        assertThat(value.getValue()).isEqualByComparingTo("12.38");
        assertThat(value.getCode()).isEqualTo("{score}");
        assertThat(value.getSystem()).isEqualTo("http://unitsofmeasure.org");
        // CORE-10: own answer codes, reverse-keyed items 2 and 3, a mean times 10.
        assertSameAsPlainApi("core10", answers(new int[] {1, 3, 4, 0, 2, 1, 2, 0, 3, 1}), "core10-clinical");
    }

    private static Map<String, Integer> answers(int[] values) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(Integer.toString(i + 1), values[i]);
        }
        return answers;
    }

    /** Fills in the served Questionnaire by copying the chosen answerOption's coding, as a form renderer does. */
    private static Bundle assertSameAsPlainApi(String instrument, Map<String, Integer> answers, String scaleCode) {
        Questionnaire q = parse(given().get("/fhir/Questionnaire/" + instrument).then().statusCode(200).extract()
                .asString(), Questionnaire.class);
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId("filled-" + instrument);
        response.setQuestionnaire(q.getUrl());
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        for (Questionnaire.QuestionnaireItemComponent item : q.getItem()) {
            QuestionnaireResponse.QuestionnaireResponseItemComponent answered = response.addItem()
                    .setLinkId(item.getLinkId()).setText(item.getText());
            Integer value = answers.get(item.getLinkId());
            if (value == null) {
                continue;
            }
            Coding chosen = item.getAnswerOption().stream().map(o -> o.getValueCoding())
                    .filter(c -> ((DecimalType) c.getExtensionByUrl(Fhir.ITEM_WEIGHT).getValue()).getValue()
                            .intValueExact() == value)
                    .findFirst().orElseThrow();
            answered.addAnswer().setValue(chosen.copy());
        }
        Bundle bundle = score(encode(response));

        String plainBody = answers.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + e.getValue()).collect(Collectors.joining(", ", "{\"responses\": {", "}}"));
        io.restassured.path.json.JsonPath plain = given().contentType(ContentType.JSON).body(plainBody)
                .post("/instruments/" + instrument + "/scores").then().statusCode(200).extract().jsonPath();
        Observation total = scale(bundle, scaleCode);
        BigDecimal fhirScore = total.getValue() instanceof IntegerType i ? BigDecimal.valueOf(i.getValue())
                : total.getValueQuantity().getValue();
        assertThat(fhirScore).isEqualByComparingTo(new BigDecimal(plain.getString("scales[0].score")));
        String band = plain.getString("scales[0].band.id");
        if (band != null) {
            assertThat(total.getInterpretationFirstRep().getCodingFirstRep().getCode())
                    .isEqualTo(instrument + "-" + plain.getString("scales[0].id") + "-" + band);
        }
        List<String> plainFlags = plain.getList("flags.id");
        List<String> fhirFlags = new ArrayList<>();
        List<String> fhirUnassessed = new ArrayList<>();
        // A fired flag has a value; a risk flag with unanswered items has a data-absent reason instead.
        observations(bundle).forEach(o -> o.getCode().getCoding().stream()
                .filter(c -> c.getSystem().equals(BASE + "/CodeSystem/flags"))
                .forEach(c -> (o.hasValue() ? fhirFlags : fhirUnassessed)
                        .add(c.getCode().substring(instrument.length() + 1))));
        List<String> plainUnassessed = plain.getList("unassessedRisks.flag");
        assertThat(fhirUnassessed).isEqualTo(plainUnassessed == null ? List.of() : plainUnassessed);
        assertThat(fhirFlags).isEqualTo(plainFlags);
        return bundle;
    }

    // --- $score: what the output carries

    @Test
    void outputParsesBackWithCodesReferencesAndInterpretation() {
        Bundle bundle = score(org.measura.fhir.web.FhirExamplesAccess.LOINC_REQUEST);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        Observation total = scale(bundle, "44261-6");
        assertThat(total.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
        assertThat(total.getCode().getCoding()).extracting(Coding::getSystem, Coding::getCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("http://loinc.org", "44261-6"),
                org.assertj.core.groups.Tuple.tuple(BASE + "/CodeSystem/scales", "phq9-total"));
        assertThat(total.getCategoryFirstRep().getCodingFirstRep().getSystem())
                .isEqualTo("http://terminology.hl7.org/CodeSystem/observation-category");
        assertThat(total.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
        assertThat(total.getValueIntegerType().getValue()).isEqualTo(12);
        assertThat(total.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-03-02T10:15:00+01:00");
        assertThat(total.getSubject().getReference()).isEqualTo("Patient/example");
        assertThat(total.getEncounter().getReference()).isEqualTo("Encounter/example");
        assertThat(total.getDerivedFrom()).extracting(Reference::getReference)
                .containsExactly("QuestionnaireResponse/phq9-2026-03-02");
        Coding band = total.getInterpretationFirstRep().getCodingFirstRep();
        assertThat(band.getSystem()).isEqualTo(BASE + "/CodeSystem/bands");
        assertThat(band.getCode()).isEqualTo("phq9-total-moderate");
        assertThat(total.getInterpretationFirstRep().getText()).isEqualTo("moderate");
        assertThat(total.getNoteFirstRep().getText()).contains("moderate").contains("10 to 14");
        assertThat(total.getComponentFirstRep().getCode().getCodingFirstRep().getCode())
                .isEqualTo("phq9-total-caseness");
        assertThat(total.getComponentFirstRep().getValueBooleanType().booleanValue()).isTrue();

        Observation flag = scale(bundle, "phq9-self-harm-thoughts");
        assertThat(flag.getValueBooleanType().booleanValue()).isTrue();
        assertThat(flag.getComponentFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("44260-8");
        assertThat(flag.getComponentFirstRep().getValueIntegerType().getValue()).isEqualTo(1);
        assertThat(flag.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/phq9-2026-03-02");

        assertThat(outcome(bundle).getIssue()).extracting(i -> i.getSeverity())
                .containsOnly(OperationOutcome.IssueSeverity.INFORMATION);
    }

    @Test
    void severalScalesAndACriterionBecomeObservationsOfTheirOwn() {
        // PCL-5, every item 2 except the avoidance items 6 and 7 at 1: total 18*2 + 2 = 38, intrusion 10,
        // avoidance 2, cognition-mood 14, arousal 12; the DSM-5 rule needs an avoidance item at 2 or more: not met.
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            items.append(i == 1 ? "" : ",").append("{\"linkId\": \"").append(i).append("\", \"answer\": [{\"valueInteger\": ")
                    .append(i == 6 || i == 7 ? 1 : 2).append("}]}");
        }
        Bundle bundle = score("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", "
                + "\"questionnaire\": \"http://localhost:8080/fhir/Questionnaire/pcl5\", \"item\": [" + items + "]}");
        assertThat(scale(bundle, "101698-9").getValueIntegerType().getValue()).isEqualTo(38);
        assertThat(scale(bundle, "101698-9").getInterpretation()).isEmpty();
        assertThat(scale(bundle, "pcl5-intrusion").getValueIntegerType().getValue()).isEqualTo(10);
        assertThat(scale(bundle, "pcl5-intrusion").getCode().getCoding()).hasSize(1);
        assertThat(scale(bundle, "pcl5-avoidance").getValueIntegerType().getValue()).isEqualTo(2);
        assertThat(scale(bundle, "pcl5-cognition-mood").getValueIntegerType().getValue()).isEqualTo(14);
        assertThat(scale(bundle, "pcl5-arousal").getValueIntegerType().getValue()).isEqualTo(12);
        Observation criterion = scale(bundle, "pcl5-provisional-ptsd");
        assertThat(criterion.getCode().getCodingFirstRep().getSystem()).isEqualTo(BASE + "/CodeSystem/criteria");
        assertThat(criterion.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("not-met");
        assertThat(observations(bundle)).hasSize(6);
    }

    @Test
    void aWrongStatedTotalIsAWarningAndOursIsReported() {
        Bundle bundle = score(org.measura.fhir.web.FhirExamplesAccess.QUESTIONNAIRE_REQUEST);
        // GAD-7 weighted through the contained ValueSet: 3+2+2+1+1+2+0 = 11 (moderate, 10-14); the response says 9.
        Observation total = scale(bundle, "70274-6");
        assertThat(total.getValueIntegerType().getValue()).isEqualTo(11);
        assertThat(total.getInterpretationFirstRep().getCodingFirstRep().getCode()).isEqualTo("gad7-total-moderate");
        OperationOutcome.OperationOutcomeIssueComponent warning = outcome(bundle).getIssue().stream()
                .filter(i -> i.getSeverity() == OperationOutcome.IssueSeverity.WARNING).findFirst().orElseThrow();
        assertThat(warning.getCode()).isEqualTo(OperationOutcome.IssueType.VALUE);
        // Both numbers are given (the stated one only because it is a plausible score): 9 stated, 11 computed.
        assertThat(warning.getDiagnostics()).contains("states GAD-7 total 9").contains("gives 11");
        assertThat(warning.getExpression().get(0).getValue())
                .isEqualTo("Parameters.parameter[0].resource.item[7].answer[0]");
    }

    @Test
    void anInProgressResponseIsScoredAsPreliminaryWithAWarning() {
        String json = org.measura.fhir.web.FhirExamplesAccess.LOINC_REQUEST.replace("\"completed\"",
                "\"in-progress\"");
        Bundle bundle = score(json);
        assertThat(observations(bundle)).extracting(Observation::getStatus)
                .containsOnly(Observation.ObservationStatus.PRELIMINARY);
        assertThat(outcome(bundle).getIssue()).anySatisfy(i -> {
            assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
            assertThat(i.getExpression().get(0).getValue()).isEqualTo("QuestionnaireResponse.status");
        });
    }

    @Test
    void aResponseEnteredInErrorIsRefused() {
        String json = org.measura.fhir.web.FhirExamplesAccess.LOINC_REQUEST.replace("\"completed\"",
                "\"entered-in-error\"");
        outcomeError(fhir().body(json).post(SCORE), 422, "business-rule")
                .body("issue[0].expression[0]", equalTo("QuestionnaireResponse.status"));
    }

    @Test
    void tooManyMissingItemsIs422() {
        outcomeError(fhir().body("""
                {"resourceType": "QuestionnaireResponse", "status": "completed",
                 "questionnaire": "http://localhost:8080/fhir/Questionnaire/phq9",
                 "item": [{"linkId": "1", "answer": [{"valueInteger": 1}]}]}""").post(SCORE), 422, "incomplete")
                .body("issue[0].diagnostics", containsString("8 of 9 items unanswered"));
    }

    @Test
    void anEndorsedItem9ReachesTheEhrEvenWhenTheTotalCannotBeScored() {
        Bundle bundle = score("""
                {"resourceType": "QuestionnaireResponse", "status": "completed",
                 "questionnaire": "http://localhost:8080/fhir/Questionnaire/phq9",
                 "item": [{"linkId": "1", "answer": [{"valueInteger": 1}]},
                          {"linkId": "9", "answer": [{"valueInteger": 3}]}]}""");
        assertThat(observations(bundle)).singleElement().satisfies(o -> assertThat(o.getCode().getCoding())
                .anySatisfy(c -> assertThat(c.getCode()).isEqualTo("phq9-self-harm-thoughts")));
        assertThat(outcome(bundle).getIssue()).anySatisfy(i -> {
            assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
            assertThat(i.getDiagnostics()).contains("PHQ-9 total was not scored").contains("7 of 9 items unanswered");
        });
    }

    // --- $score: errors are OperationOutcomes

    @Test
    void unknownInstrumentIs404() {
        outcomeError(fhir().body("""
                {"resourceType": "Parameters", "parameter": [
                  {"name": "response", "resource": {"resourceType": "QuestionnaireResponse", "status": "completed"}},
                  {"name": "instrument", "valueString": "phq-99"}]}""").post(SCORE), 404, "not-found")
                .body("issue[0].expression[0]", equalTo("Parameters.parameter[1].value"))
                .body(not(containsString("phq-99")));
        outcomeError(fhir().body("""
                {"resourceType": "QuestionnaireResponse", "status": "completed",
                 "questionnaire": "https://ehr.example/Questionnaire/mood"}""").post(SCORE), 404, "not-found")
                .body("issue[0].expression[0]", equalTo("QuestionnaireResponse.questionnaire"));
    }

    /** A LOINC PHQ-9 response with the closing difficulty item (69722-7, answer list LL359-1) answered. */
    @Test
    void theDifficultyItemOfALoincPhq9IsAcceptedAndSaidNotToBeUsed() {
        StringBuilder items = new StringBuilder();
        String[] codes = {"44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
                "44260-8"};
        int[] values = {2, 2, 1, 2, 1, 1, 2, 0, 1};
        for (int i = 0; i < codes.length; i++) {
            items.append("{\"linkId\": \"/44249-1/").append(codes[i]).append("\", \"answer\": [{\"valueInteger\": ")
                    .append(values[i]).append("}]},");
        }
        items.append("{\"linkId\": \"/44249-1/69722-7\", \"answer\": [{\"valueCoding\": "
                + "{\"system\": \"http://loinc.org\", \"code\": \"LA6573-5\"}}]}");
        Bundle bundle = score("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", "
                + "\"questionnaire\": \"http://loinc.org/q/44249-1\", \"item\": [" + items + "]}");
        assertThat(scale(bundle, "44261-6").getValueIntegerType().getValue()).isEqualTo(12);
        OperationOutcome.OperationOutcomeIssueComponent note = outcome(bundle).getIssue().stream()
                .filter(i -> i.getDiagnostics().startsWith("Item 10 ")).findFirst().orElseThrow();
        assertThat(note.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
        assertThat(note.getDiagnostics()).isEqualTo("Item 10 (difficulty the problems cause in daily life) is on the "
                + "form but not part of any score of PHQ-9; its answer was not used.");
        assertThat(note.getExpression().get(0).getValue()).isEqualTo("QuestionnaireResponse.item[9].answer[0]");
    }

    @Test
    void unmatchedLinkIdsAreAllNamed() {
        outcomeError(fhir().body("""
                {"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "http://loinc.org/q/44249-1",
                 "item": [{"linkId": "/44249-1/44250-9", "answer": [{"valueInteger": 1}]},
                          {"linkId": "/44249-1/99999-9", "answer": [{"valueInteger": 1}]},
                          {"linkId": "extra", "answer": [{"valueInteger": 1}]}]}""").post(SCORE), 422, "not-found")
                .body("issue.expression.flatten()", org.hamcrest.Matchers.contains("QuestionnaireResponse.item[1].linkId",
                        "QuestionnaireResponse.item[2].linkId"))
                .body("issue[0].diagnostics", containsString("'/44249-1/99999-9'"))
                .body("issue[1].diagnostics", containsString("'extra'"));
    }

    @Test
    void outOfRangeWeightIs422() {
        outcomeError(fhir().body(org.measura.fhir.web.FhirExamplesAccess.OUT_OF_RANGE_REQUEST).post(SCORE), 422,
                "value")
                .body("issue[0].expression[0]", equalTo("QuestionnaireResponse.item[0].answer[0].valueCoding"))
                .body(not(containsString("every-hour")));
    }

    @Test
    void malformedJsonIs400() {
        outcomeError(fhir().body("{\"resourceType\": \"QuestionnaireResponse\", \"status\":").post(SCORE), 400,
                "structure").body("issue[0].diagnostics", containsString("not valid JSON"));
        outcomeError(fhir().body("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", "
                + "\"status\": \"stopped\"}").post(SCORE), 400, "structure")
                .body("issue[0].diagnostics", containsString("repeats a field name"));
        outcomeError(fhir().body("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", "
                + "\"authored\": \"soon-ish\"}").post(SCORE), 400, "value")
                .body("issue[0].expression[0]", equalTo("QuestionnaireResponse.authored"))
                .body(not(containsString("soon-ish")));
        outcomeError(fhir().body("{\"resourceType\": \"Patient\"}").post(SCORE), 400, "invalid");
    }

    @Test
    void wrongContentTypeIs415() {
        outcomeError(given().urlEncodingEnabled(false).contentType(ContentType.TEXT).body("1=2").post(SCORE), 415,
                "not-supported");
        // application/json is accepted as well as application/fhir+json.
        given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(org.measura.fhir.web.FhirExamplesAccess.LOINC_REQUEST).post(SCORE).then().statusCode(200);
    }

    @Test
    void pathAndMethodErrorsOnFhirPathsAreOperationOutcomes() {
        outcomeError(given().get("/fhir/Patient/1"), 404, "not-found");
        outcomeError(given().delete("/fhir/metadata"), 405, "not-supported");
        outcomeError(given().accept("application/fhir+xml").get("/fhir/metadata"), 406, "not-supported");
        String big = "{\"resourceType\": \"QuestionnaireResponse\", \"text\": {\"div\": \"" + "x".repeat(1_100_000)
                + "\"}}";
        outcomeError(fhir().body(big).post(SCORE), 413, "too-costly");
        // Plain paths keep problem+json.
        given().get("/no/such/path").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void readinessWaitsForTheFhirContext() throws InterruptedException {
        Readiness.await();
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("fhir-context"))
                .body("checks.find { it.name == 'fhir-context' }.status", equalTo("UP"));
    }
}
