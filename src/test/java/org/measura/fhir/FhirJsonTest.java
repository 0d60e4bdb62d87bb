package org.measura.fhir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shapes the fuzz test found that made HAPI's parser fail with a runtime error instead of a parse fault. */
class FhirJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // an empty element name
            "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"subject\": {\"\": \"x\"}}",
            // an extension that is not an object
            "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"item\": [{\"linkId\": \"1\", "
                    + "\"answer\": [{\"valueCoding\": {\"code\": \"a\", \"extension\": [\"x\"]}}]}]}",
            // a parameter's resource that is not a resource
            "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"response\", \"resource\": [[\"x\"]]}]}",
            "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"response\", \"resource\": \" \"}]}"})
    void malformedStructureIsA400(String body) {
        assertThatThrownBy(() -> new FhirJson().parse(body))
                .isInstanceOfSatisfying(FhirException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.status()).isEqualTo(400));
    }

    /** HAPI alone would read 1,000 levels; the body is refused before HAPI sees it, naming the setting. */
    @org.junit.jupiter.api.Test
    void nestingDeeperThanTheLimitIsA400BeforeHapiReadsIt() {
        String group = "{\"linkId\": \"g\", \"item\": [";
        String deep = "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"item\": ["
                + group.repeat(40) + "{\"linkId\": \"1\"}" + "]}".repeat(40) + "]}";
        assertThatThrownBy(() -> new FhirJson(64, FhirJson.DEFAULT_MAX_STRING_LENGTH).parse(deep))
                .isInstanceOfSatisfying(FhirException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.status()).isEqualTo(400);
                    org.assertj.core.api.Assertions.assertThat(e.issues().get(0).diagnostics()).isEqualTo("The body "
                            + "nests objects and arrays deeper than 64 levels (measura.fhir.max-nesting-depth).");
                });
        String shallow = "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"item\": ["
                + group.repeat(10) + "{\"linkId\": \"1\"}" + "]}".repeat(10) + "]}";
        org.assertj.core.api.Assertions.assertThat(new FhirJson(64, FhirJson.DEFAULT_MAX_STRING_LENGTH).parse(shallow).resource()).isNotNull();
    }
}
