package org.measura.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/**
 * $score of SDC-style forms: a clinic's own PHQ-9 Questionnaire whose answers are codes of its own CodeSystem, the
 * weights only in the Questionnaire (ordinalValue on each answer option, or a property of a contained CodeSystem),
 * items matched by their LOINC item codes. Values worked by hand from the PHQ-9 key (each answer scores 0 to 3;
 * the total is their sum, 10 to 14 is moderate; Kroenke 2001, docs/instruments.md).
 */
class FhirSdcScoringTest {

    private static final FhirScoring SCORING = new FhirScoring(FhirResponseReaderTest.CATALOG,
            FhirResponseReaderTest.CANONICALS);
    private static final String SYSTEM = "https://forms.example/CodeSystem/frequency";
    private static final String[] CODES = {"not-at-all", "several-days", "more-than-half", "nearly-every-day"};
    /** PHQ-9 items 1 to 9 by their LOINC item codes, in the form's order. */
    private static final String[] ITEMS = {"44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2",
            "44252-5", "44253-3", "44260-8"};
    /** The answers chosen: 1+2+0+3+1+1+2+0+1 = 11, moderate; item 9 answered 1 fires the self-harm flag. */
    private static final int[] CHOSEN = {1, 2, 0, 3, 1, 1, 2, 0, 1};

    private static String option(String system, String code, int weight) {
        return "{\"valueCoding\": {\"system\": \"" + system + "\", \"code\": \"" + code + "\"}, \"extension\": "
                + "[{\"url\": \"" + Fhir.ORDINAL_VALUE + "\", \"valueDecimal\": " + weight + "}]}";
    }

    /** The form with ordinalValue weights on its answer options; {@code weights[i]} are item i's, in order. */
    private static String questionnaireWithOptions(int[][] weights, String[] systems, String[][] codes) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
            List<String> options = new ArrayList<>();
            for (int o = 0; o < 4; o++) {
                options.add(option(systems[i], codes[i][o], weights[i][o]));
            }
            items.add("{\"linkId\": \"q" + (i + 1) + "\", \"type\": \"choice\", \"code\": [{\"system\": "
                    + "\"http://loinc.org\", \"code\": \"" + ITEMS[i] + "\"}], \"answerOption\": ["
                    + String.join(", ", options) + "]}");
        }
        items.add(TOTAL_ITEM);
        return "{\"resourceType\": \"Questionnaire\", \"url\": \"https://forms.example/Questionnaire/phq9\", "
                + "\"status\": \"active\", \"code\": [{\"system\": \"http://loinc.org\", \"code\": \"44249-1\"}], "
                + "\"item\": [" + String.join(", ", items) + "]}";
    }

    private static final String TOTAL_ITEM = "{\"linkId\": \"total\", \"type\": \"integer\", \"readOnly\": true, "
            + "\"code\": [{\"system\": \"http://loinc.org\", \"code\": \"44261-6\"}]}";

    private static int[][] keyed() {
        int[][] w = new int[ITEMS.length][];
        for (int i = 0; i < ITEMS.length; i++) {
            w[i] = new int[] {0, 1, 2, 3};
        }
        return w;
    }

    private static String[] systems(String system) {
        String[] s = new String[ITEMS.length];
        java.util.Arrays.fill(s, system);
        return s;
    }

    private static String[][] codes(String[] each) {
        String[][] c = new String[ITEMS.length][];
        java.util.Arrays.fill(c, each);
        return c;
    }

    /** The response: each item answered with the form's own code, no weight; the form's total item states 13. */
    private static String response(int statedTotal) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
            items.add("{\"linkId\": \"q" + (i + 1) + "\", \"answer\": [{\"valueCoding\": {\"system\": \"" + SYSTEM
                    + "\", \"code\": \"" + CODES[CHOSEN[i]] + "\"}}]}");
        }
        items.add("{\"linkId\": \"total\", \"answer\": [{\"valueInteger\": " + statedTotal + "}]}");
        return "{\"resourceType\": \"QuestionnaireResponse\", \"id\": \"sdc-1\", \"status\": \"completed\", "
                + "\"questionnaire\": \"https://forms.example/Questionnaire/phq9\", \"subject\": {\"reference\": "
                + "\"Patient/example\"}, \"authored\": \"2026-03-02\", \"item\": [" + String.join(", ", items) + "]}";
    }

    private static String parameters(String response, String questionnaire) {
        return "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"response\", \"resource\": "
                + response + "}, {\"name\": \"questionnaire\", \"resource\": " + questionnaire + "}]}";
    }

    private static Bundle score(String body) {
        return SCORING.score(FhirResponseReaderTest.JSON.parse(body));
    }

    private static Observation total(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Observation).map(r -> (Observation) r)
                .filter(o -> o.getCode().getCoding().stream().anyMatch(c -> "phq9-total".equals(c.getCode())))
                .findFirst().orElseThrow();
    }

    private static OperationOutcome outcome(Bundle bundle) {
        return (OperationOutcome) bundle.getEntry().get(bundle.getEntry().size() - 1).getResource();
    }

    @Test
    void weightsOnlyInTheQuestionnaireGiveThePublishedTotalAndAStatedTotalThatDiffersIsAWarning() {
        Bundle bundle = score(parameters(response(13),
                questionnaireWithOptions(keyed(), systems(SYSTEM), codes(CODES))));
        Observation total = total(bundle);
        assertThat(((IntegerType) total.getValue()).getValue()).isEqualTo(11);
        assertThat(total.getInterpretationFirstRep().getText()).isEqualTo("moderate");
        assertThat(outcome(bundle).getIssue()).anySatisfy(i -> {
            assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
            assertThat(i.getDiagnostics()).contains("13").contains("11");
            assertThat(i.getExpression().get(0).getValue()).isEqualTo("Parameters.parameter[0].resource.item[9]"
                    + ".answer[0]");
        });
    }

    @Test
    void weightsAsPropertiesOfAContainedCodeSystemScoreTheSame() {
        StringBuilder concepts = new StringBuilder();
        for (int v = 0; v < 4; v++) {
            concepts.append(v == 0 ? "" : ", ").append("{\"code\": \"").append(CODES[v]).append("\", \"property\": "
                    + "[{\"code\": \"weight\", \"valueDecimal\": ").append(v).append("}]}");
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
            items.add("{\"linkId\": \"q" + (i + 1) + "\", \"type\": \"choice\", \"code\": [{\"system\": "
                    + "\"http://loinc.org\", \"code\": \"" + ITEMS[i] + "\"}], \"answerValueSet\": \"#frequency\"}");
        }
        items.add(TOTAL_ITEM);
        String questionnaire = "{\"resourceType\": \"Questionnaire\", \"status\": \"active\", \"code\": [{\"system\": "
                + "\"http://loinc.org\", \"code\": \"44249-1\"}], \"contained\": [{\"resourceType\": \"CodeSystem\", "
                + "\"id\": \"frequency-codes\", \"url\": \"" + SYSTEM + "\", \"status\": \"active\", \"content\": "
                + "\"complete\", \"property\": [{\"code\": \"weight\", \"type\": \"decimal\"}], \"concept\": ["
                + concepts + "]}, {\"resourceType\": \"ValueSet\", \"id\": \"frequency\", \"status\": \"active\", "
                + "\"compose\": {\"include\": [{\"system\": \"" + SYSTEM + "\"}]}}], \"item\": ["
                + String.join(", ", items) + "]}";
        Bundle bundle = score(parameters(response(11), questionnaire));
        assertThat(((IntegerType) total(bundle).getValue()).getValue()).isEqualTo(11);
        assertThat(outcome(bundle).getIssue()).noneMatch(i -> i.getSeverity()
                == OperationOutcome.IssueSeverity.WARNING);
    }

    @Test
    void aQuestionnaireWhoseWeightsRunOutOfOrderIsRefusedNamingTheItem() {
        int[][] weights = keyed();
        weights[2] = new int[] {0, 1, 3, 2};
        String body = parameters(response(11), questionnaireWithOptions(weights, systems(SYSTEM), codes(CODES)));
        assertThatThrownBy(() -> score(body)).isInstanceOfSatisfying(FhirException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.issues()).singleElement().satisfies(i -> {
                assertThat(i.diagnostics()).contains("item 3 of the PHQ-9").contains("published key");
                assertThat(i.expression()).isEqualTo("Parameters.parameter[1].resource.item[2]");
            });
        });
    }

    @Test
    void aLoincAnswerWeightedOtherwiseThanTheKeyIsRefusedNamingItemAndOption() {
        // LOINC LL358-3: LA6568-5 = 0, LA6569-3 = 1, LA6570-1 = 2, LA6571-9 = 3 (docs/instruments.md). Item 1 gives
        // its second option (LA6569-3) weight 2 and its third (LA6570-1) weight 1.
        String[] loinc = {"LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"};
        int[][] weights = keyed();
        weights[0] = new int[] {0, 2, 1, 3};
        String body = parameters(response(11),
                questionnaireWithOptions(weights, systems(Fhir.LOINC), codes(loinc)));
        assertThatThrownBy(() -> score(body)).isInstanceOfSatisfying(FhirException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.issues()).extracting(FhirIssue::expression).containsExactly(
                    "Parameters.parameter[1].resource.item[0].answerOption[1]",
                    "Parameters.parameter[1].resource.item[0].answerOption[2]");
            assertThat(e.issues().get(0).diagnostics()).contains("answer option 2 of item 1 of the PHQ-9")
                    .contains("scores this LOINC answer 1");
        });
    }

    @Test
    void aWeightOffTheFormsScaleIsRefusedWithoutRepeatingIt() {
        int[][] weights = keyed();
        weights[4] = new int[] {1, 2, 3, 47};
        String body = parameters(response(11), questionnaireWithOptions(weights, systems(SYSTEM), codes(CODES)));
        assertThatThrownBy(() -> score(body)).isInstanceOfSatisfying(FhirException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.issues()).singleElement().satisfies(i -> {
                assertThat(i.expression()).isEqualTo("Parameters.parameter[1].resource.item[4].answerOption[3]");
                assertThat(i.diagnostics()).contains("answer option 4 of item 5").doesNotContain("47");
            });
        });
    }
}
