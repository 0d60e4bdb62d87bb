package org.measura.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.Test;
import org.measura.catalog.InstrumentCatalog;
import org.measura.catalog.InstrumentDefinition;

/** The reader on its own: every way of coding items and values, worked by hand against the PHQ-9 and GAD-7. */
class FhirResponseReaderTest {

    static final InstrumentCatalog CATALOG = InstrumentCatalog.loadBuiltIn();
    static final Canonicals CANONICALS = new Canonicals(Canonicals.DEFAULT_BASE);
    static final FhirJson JSON = new FhirJson();
    static final String LOINC = "{\"system\": \"http://loinc.org\", \"code\": \"%s\"}";
    static final String WEIGHT = "{\"url\": \"%s\", \"valueDecimal\": %s}";

    static ScoreInput input(String json) {
        return ScoreInput.from(JSON.parse(json).resource());
    }

    static ResponseReader.Answers read(String instrument, String json) {
        return ResponseReader.read(definition(instrument), input(json), CANONICALS);
    }

    static InstrumentDefinition definition(String id) {
        return CATALOG.find(id).orElseThrow();
    }

    static String qr(String items) {
        return "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"item\": [" + items + "]}";
    }

    static String coded(String linkId, String coding) {
        return "{\"linkId\": \"" + linkId + "\", \"answer\": [{\"valueCoding\": " + coding + "}]}";
    }

    static String integer(String linkId, int value) {
        return "{\"linkId\": \"" + linkId + "\", \"answer\": [{\"valueInteger\": " + value + "}]}";
    }

    static List<FhirIssue> errors(String instrument, String json) {
        try {
            read(instrument, json);
        } catch (FhirException e) {
            assertThat(e.status()).isEqualTo(422);
            return e.issues();
        }
        throw new AssertionError("expected the reader to refuse the response");
    }

    @Test
    void loincLinkIdsAndLoincAnswerCodes() {
        // PHQ-9 items 1 (44250-9) and 2 (44255-8) as bare codes, item 9 (44260-8) as the last segment of a path.
        ResponseReader.Answers answers = read("phq9", qr(String.join(",",
                coded("44250-9", LOINC.formatted("LA6570-1")),
                coded("44255-8", LOINC.formatted("LA6571-9")),
                coded("/44249-1/44260-8", LOINC.formatted("LA6568-5")))));
        assertThat(answers.responses()).containsExactlyInAnyOrderEntriesOf(Map.of("1", 2, "2", 3, "9", 0));
        assertThat(answers.locations()).containsEntry("9", "QuestionnaireResponse.item[2].answer[0]");
    }

    @Test
    void plainIntegersWithOurItemIds() {
        ResponseReader.Answers answers = read("phq9", qr(integer("1", 0) + "," + integer("5", 3)));
        assertThat(answers.responses()).containsExactlyInAnyOrderEntriesOf(Map.of("1", 0, "5", 3));
    }

    @Test
    void ourOwnAnswerCodesAndWeightExtensionsOnTheAnswer() {
        String own = "{\"system\": \"" + CANONICALS.answers("phq9") + "\", \"code\": \"2\"}";
        String weighted = "{\"system\": \"urn:x\", \"code\": \"y\", \"extension\": ["
                + WEIGHT.formatted(Fhir.ORDINAL_VALUE, "1") + "]}";
        String coValue = "{\"system\": \"urn:x\", \"code\": \"z\", \"extension\": ["
                + WEIGHT.formatted(Fhir.CO_VALUE, "3.0") + "]}";
        ResponseReader.Answers answers = read("phq9", qr(coded("1", own) + "," + coded("2", weighted) + ","
                + coded("3", coValue)));
        assertThat(answers.responses()).containsExactlyInAnyOrderEntriesOf(Map.of("1", 2, "2", 1, "3", 3));
    }

    @Test
    void codesWeightedThroughASuppliedQuestionnaireAndItsContainedValueSet() {
        // Item a1 is weighted by its answerOption (iso21090-CO-value on the option), a2 by a contained ValueSet's
        // compose concepts (ordinalValue), a3 by a contained ValueSet's expansion (itemWeight); items are mapped by
        // the Questionnaire's LOINC item codes (GAD-7 items 1, 2 and 3).
        String system = "https://clinic.example/freq";
        String answer = "{\"system\": \"" + system + "\", \"code\": \"%s\"}";
        String response = "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"item\": ["
                + coded("a1", answer.formatted("often")) + "," + coded("a2", answer.formatted("half")) + ","
                + coded("a3", answer.formatted("some")) + "]}";
        String questionnaire = """
                {"resourceType": "Questionnaire", "status": "active",
                 "code": [{"system": "http://loinc.org", "code": "69737-5"}],
                 "contained": [
                   {"resourceType": "ValueSet", "id": "composed", "status": "active", "compose": {"include": [
                     {"system": "%1$s", "concept": [
                       {"code": "half", "extension": [{"url": "%2$s", "valueDecimal": 2}]},
                       {"code": "often", "extension": [{"url": "%2$s", "valueDecimal": 3}]}]}]}},
                   {"resourceType": "ValueSet", "id": "expanded", "status": "active", "expansion": {
                     "timestamp": "2026-01-01", "contains": [{"system": "%1$s", "code": "group", "contains": [
                       {"system": "%1$s", "code": "some", "extension": [{"url": "%3$s", "valueDecimal": 1}]}]}]}}],
                 "item": [
                   {"linkId": "a1", "type": "choice", "code": [{"system": "http://loinc.org", "code": "69725-0"}],
                    "answerOption": [{"valueCoding": {"system": "%1$s", "code": "often"},
                      "extension": [{"url": "%4$s", "valueDecimal": 3}]}]},
                   {"linkId": "a2", "type": "choice", "code": [{"system": "http://loinc.org", "code": "68509-9"}],
                    "answerValueSet": "#composed"},
                   {"linkId": "a3", "type": "choice", "code": [{"system": "http://loinc.org", "code": "69733-4"}],
                    "answerValueSet": "#expanded"}]}""".formatted(system, Fhir.ORDINAL_VALUE, Fhir.ITEM_WEIGHT,
                Fhir.CO_VALUE);
        String parameters = "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"response\", "
                + "\"resource\": " + response + "}, {\"name\": \"questionnaire\", \"resource\": " + questionnaire
                + "}]}";
        ResponseReader.Answers answers = ResponseReader.read(definition("gad7"), input(parameters), CANONICALS);
        assertThat(answers.responses()).containsExactlyInAnyOrderEntriesOf(Map.of("1", 3, "2", 2, "3", 1));
        assertThat(answers.locations()).containsEntry("2", "Parameters.parameter[0].resource.item[1].answer[0]");
    }

    @Test
    void nestedGroupsAndAnswerSubItemsAreWalked() {
        String json = qr("""
                {"linkId": "group", "item": [
                  {"linkId": "inner", "item": [{"linkId": "1", "answer": [{"valueInteger": 1}]}]},
                  {"linkId": "2", "answer": [{"valueInteger": 2, "item": [{"linkId": "3", "answer": [{"valueInteger": 3}]}]}]}]},
                {"linkId": "display-only"}""");
        ResponseReader.Answers answers = read("phq9", json);
        assertThat(answers.responses()).containsExactlyInAnyOrderEntriesOf(Map.of("1", 1, "2", 2, "3", 3));
        assertThat(answers.locations()).containsEntry("3",
                "QuestionnaireResponse.item[0].item[1].answer[0].item[0].answer[0]");
    }

    @Test
    void statedTotalsAreCollectedNotUsed() {
        ResponseReader.Answers answers = read("phq9", qr(integer("1", 1) + "," + integer("44261-6", 20) + ","
                + integer("total", 19)));
        assertThat(answers.responses()).containsExactly(Map.entry("1", 1));
        assertThat(answers.stated()).extracting(ResponseReader.StatedScore::scaleId, ResponseReader.StatedScore::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("total", BigDecimal.valueOf(20)),
                        org.assertj.core.groups.Tuple.tuple("total", BigDecimal.valueOf(19)));
    }

    @Test
    void anItemNoScaleUsesIsFoundByIdLoincCodeOrQuestionnaireCodeAndKeptApart() {
        String answer = String.format(LOINC, "LA6575-0");
        assertThat(read("phq9", qr(integer("1", 1) + "," + coded("10", answer))).unscored())
                .containsExactly(Map.entry("10", "QuestionnaireResponse.item[1].answer[0]"));
        ResponseReader.Answers byLoinc = read("phq9", qr(integer("1", 1) + "," + coded("/44249-1/44256-6", answer)));
        assertThat(byLoinc.unscored()).containsOnlyKeys("10");
        assertThat(byLoinc.responses()).containsExactly(Map.entry("1", 1));
    }

    @Test
    void everyUnmatchedLinkIdIsNamed() {
        List<FhirIssue> errors = errors("phq9", qr(integer("1", 1) + "," + integer("11", 1) + ","
                + "{\"linkId\": \"g\", \"item\": [" + integer("difficulty", 2) + "]}"));
        assertThat(errors).extracting(FhirIssue::code).containsOnly(IssueType.NOTFOUND);
        assertThat(errors).extracting(FhirIssue::expression).containsExactly("QuestionnaireResponse.item[1].linkId",
                "QuestionnaireResponse.item[2].item[0].linkId");
        assertThat(errors.get(0).diagnostics()).contains("'11'").contains("is not an item of PHQ-9");
        assertThat(errors.get(1).diagnostics()).contains("'difficulty'");
    }

    @Test
    void aWeightOutsideTheFormsRangeIsAnErrorNotAScore() {
        String four = "{\"system\": \"urn:x\", \"code\": \"y\", \"extension\": [" + WEIGHT.formatted(Fhir.ITEM_WEIGHT, "4")
                + "]}";
        String half = "{\"system\": \"urn:x\", \"code\": \"y\", \"extension\": [" + WEIGHT.formatted(Fhir.ITEM_WEIGHT, "1.5")
                + "]}";
        List<FhirIssue> errors = errors("phq9", qr(coded("1", four) + "," + coded("2", half) + "," + integer("3", -1)));
        assertThat(errors).extracting(FhirIssue::expression).containsExactly(
                "QuestionnaireResponse.item[0].answer[0].valueCoding",
                "QuestionnaireResponse.item[1].answer[0].valueCoding",
                "QuestionnaireResponse.item[2].answer[0].valueInteger");
        assertThat(errors).allSatisfy(e -> assertThat(e.diagnostics()).contains("from 0 to 3"));
    }

    @Test
    void codesWithoutAKnownWeightOrWithDisagreeingWeightsAreRefused() {
        String unknown = "{\"system\": \"urn:x\", \"code\": \"secret-answer\"}";
        String disagreeing = "{\"system\": \"http://loinc.org\", \"code\": \"LA6570-1\", \"extension\": ["
                + WEIGHT.formatted(Fhir.ITEM_WEIGHT, "3") + "]}";
        List<FhirIssue> errors = errors("phq9", qr(coded("1", unknown) + "," + coded("2", disagreeing)));
        assertThat(errors.get(0).code()).isEqualTo(IssueType.CODEINVALID);
        assertThat(errors.get(0).diagnostics()).contains("no Questionnaire was supplied").doesNotContain("secret-answer");
        assertThat(errors.get(1).code()).isEqualTo(IssueType.CONFLICT);
    }

    @Test
    void aWeightExtensionGivenTwiceCountsWhenBothAgreeAndConflictsWhenNot() {
        // Found by the fuzz test: a repeated extension made HAPI's getExtensionByUrl throw (a 500).
        String twiceSame = "{\"system\": \"urn:x\", \"code\": \"y\", \"extension\": ["
                + WEIGHT.formatted(Fhir.ITEM_WEIGHT, "2") + "," + WEIGHT.formatted(Fhir.ITEM_WEIGHT, "2") + "]}";
        assertThat(read("phq9", qr(coded("1", twiceSame))).responses()).containsExactlyEntriesOf(Map.of("1", 2));
        String twiceDifferent = "{\"system\": \"urn:x\", \"code\": \"y\", \"extension\": ["
                + WEIGHT.formatted(Fhir.ITEM_WEIGHT, "2") + "," + WEIGHT.formatted(Fhir.ITEM_WEIGHT, "3") + "]}";
        assertThat(errors("phq9", qr(coded("1", twiceDifferent)))).isNotEmpty();
    }

    @Test
    void aValueSetThatIsNotContainedIsNeverFetched() {
        String response = qr(coded("q1", "{\"system\": \"urn:x\", \"code\": \"y\"}"));
        String questionnaire = """
                {"resourceType": "Questionnaire", "status": "active", "item": [{"linkId": "q1", "type": "choice",
                  "code": [{"system": "http://loinc.org", "code": "44250-9"}],
                  "answerValueSet": "https://terminology.example/ValueSet/frequency"}]}""";
        String parameters = "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"response\", "
                + "\"resource\": " + response + "}, {\"name\": \"questionnaire\", \"resource\": " + questionnaire
                + "}]}";
        try {
            ResponseReader.read(definition("phq9"), input(parameters), CANONICALS);
            throw new AssertionError("expected a refusal");
        } catch (FhirException e) {
            assertThat(e.issues().get(0).diagnostics()).contains("never fetched");
        }
    }

    @Test
    void anItemAnsweredTwiceOrWithTwoAnswersIsRefused() {
        List<FhirIssue> errors = errors("phq9", qr(integer("1", 1) + "," + integer("44250-9", 2) + ","
                + "{\"linkId\": \"2\", \"answer\": [{\"valueInteger\": 1}, {\"valueInteger\": 2}]}"));
        assertThat(errors).extracting(FhirIssue::code).containsExactly(IssueType.DUPLICATE, IssueType.STRUCTURE);
    }

    @Test
    void aContainedQuestionnaireIsUsedWhenTheResponseReferencesIt() {
        String json = """
                {"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "#q",
                 "contained": [{"resourceType": "Questionnaire", "id": "q", "status": "active",
                   "item": [{"linkId": "x", "type": "integer", "code": [{"system": "http://loinc.org", "code": "44250-9"}]}]}],
                 "item": [{"linkId": "x", "answer": [{"valueInteger": 2}]}]}""";
        assertThat(read("phq9", json).responses()).containsExactly(Map.entry("1", 2));
    }

    @Test
    void nonAnswerValuesAreRefusedWithoutEchoingThem() {
        List<FhirIssue> errors = errors("phq9", qr("{\"linkId\": \"1\", \"answer\": [{\"valueString\": \"Ann Smith\"}]}"));
        assertThat(errors.get(0).diagnostics()).doesNotContain("Ann Smith");
        assertThat(errors.get(0).expression()).isEqualTo("QuestionnaireResponse.item[0].answer[0]");
    }

    @Test
    void theParserLocatesInvalidValuesWithoutRepeatingThem() {
        assertThatThrownBy(() -> JSON.parse("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", "
                + "\"authored\": \"last-tuesday-secret\"}"))
                .isInstanceOfSatisfying(FhirException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.issues().get(0).expression()).isEqualTo("QuestionnaireResponse.authored");
                    assertThat(e.issues().get(0).diagnostics()).doesNotContain("last-tuesday-secret");
                });
        FhirJson.Parsed parsed = JSON.parse("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", "
                + "\"colour\": \"blue\"}");
        assertThat(parsed.warnings()).singleElement().satisfies(w -> assertThat(w.diagnostics()).contains("'colour'")
                .doesNotContain("blue"));
    }
}
