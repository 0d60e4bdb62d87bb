package org.measura.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FhirInstrumentResolverTest {

    private static final InstrumentResolver RESOLVER = new InstrumentResolver(FhirResponseReaderTest.CATALOG,
            FhirResponseReaderTest.CANONICALS);

    private static String resolve(String json) {
        return RESOLVER.resolve(FhirResponseReaderTest.input(json)).id();
    }

    private static String qr(String questionnaire) {
        return "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\""
                + (questionnaire == null ? "" : ", \"questionnaire\": \"" + questionnaire + "\"") + "}";
    }

    private static String parameters(String response, String questionnaire, String instrument) {
        StringBuilder json = new StringBuilder("{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": "
                + "\"response\", \"resource\": " + response + "}");
        if (questionnaire != null) {
            json.append(", {\"name\": \"questionnaire\", \"resource\": ").append(questionnaire).append('}');
        }
        if (instrument != null) {
            json.append(", {\"name\": \"instrument\", \"valueCode\": \"").append(instrument).append("\"}");
        }
        return json.append("]}").toString();
    }

    @Test
    void ourCanonicalUrlWithOrWithoutAVersion() {
        assertThat(resolve(qr("http://localhost:8080/fhir/Questionnaire/gad7"))).isEqualTo("gad7");
        assertThat(resolve(qr("http://localhost:8080/fhir/Questionnaire/phq9|0.1.0"))).isEqualTo("phq9");
    }

    @Test
    void aLoincPanelCodeInTheCanonicalOrInTheSuppliedQuestionnaire() {
        assertThat(resolve(qr("http://loinc.org/q/44249-1"))).isEqualTo("phq9");
        assertThat(resolve(qr("https://forms.example/Questionnaire/69737-5|2.72"))).isEqualTo("gad7");
        String coded = "{\"resourceType\": \"Questionnaire\", \"status\": \"active\", "
                + "\"code\": [{\"system\": \"http://loinc.org\", \"code\": \"44249-1\"}]}";
        assertThat(resolve(parameters(qr("https://ehr.example/Questionnaire/local"), coded, null))).isEqualTo("phq9");
    }

    @Test
    void theExplicitInstrumentParameter() {
        assertThat(resolve(parameters(qr(null), null, "k10"))).isEqualTo("k10");
        assertThatThrownBy(() -> resolve(parameters(qr(null), null, "phq-99")))
                .isInstanceOfSatisfying(FhirException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.issues().get(0).expression()).isEqualTo("Parameters.parameter[1].value");
                });
    }

    @Test
    void sourcesThatDisagreeAreAConflict() {
        assertThatThrownBy(() -> resolve(parameters(qr("http://loinc.org/q/44249-1"), null, "gad7")))
                .isInstanceOfSatisfying(FhirException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void anUnknownQuestionnaireIs404AndNoHintIs400() {
        assertThatThrownBy(() -> resolve(qr("https://ehr.example/Questionnaire/phq9")))
                .isInstanceOfSatisfying(FhirException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.issues().get(0).expression()).isEqualTo("QuestionnaireResponse.questionnaire");
                });
        assertThatThrownBy(() -> resolve(qr(null)))
                .isInstanceOfSatisfying(FhirException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
