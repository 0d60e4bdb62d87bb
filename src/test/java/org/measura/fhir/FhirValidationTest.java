package org.measura.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/**
 * Every resource the service writes passes HAPI's FhirInstanceValidator (the official validator) with 0 errors: the
 * CapabilityStatement, every Questionnaire, every OperationDefinition, CodeSystem, ValueSet and StructureDefinition
 * the CapabilityStatement names, the answers to every FHIR example in the OpenAPI document, and the $score answer to
 * a QuestionnaireResponse generated from every served Questionnaire. The validator is given the definitions as the
 * service serves them (read over HTTP, as a client would), so a code or extension of ours it cannot resolve would be
 * reported. Every warning left is one of {@link #EXPECTED_WARNINGS}, each with its reason.
 */
@QuarkusTest
class FhirValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    /** A warning the validator may give, and why it is left. */
    private record Expected(Pattern message, String reason) {
        static Expected of(String regex, String reason) {
            return new Expected(Pattern.compile(regex, Pattern.DOTALL), reason);
        }
    }

    private static final List<Expected> EXPECTED_WARNINGS = List.of(
            Expected.of("codeSystem 'http://loinc.org' version 'null' is not supported|CodeSystem is unknown and "
                    + "can't be validated: http://loinc.org", "LOINC is not bundled with the validator and no "
                    + "terminology server is used offline; our LOINC codes are checked against docs/reference"),
            Expected.of("all observations should have a performer", "the service computes a score from the answers "
                    + "it is sent and cannot know who administered the questionnaire"),
            Expected.of("UCUM Codes that contain human readable annotations like \\{score\\}", "{score} is the unit "
                    + "LOINC gives questionnaire scores; we never compare it with other units"),
            Expected.of("None of the codings provided are in the value set 'Observation Interpretation Codes'",
                    "severity bands are the instrument's own (e.g. PHQ-9 moderate) and v3 ObservationInterpretation "
                            + "has no code for them; the binding is extensible, and ours are served as a CodeSystem"),
            Expected.of("The questionnaire '[^']*' could not be resolved", "only on the QuestionnaireResponses this "
                    + "test generates (not the service's output): this validator looks Questionnaires up by canonical "
                    + "URL through no support we can give it offline; the $score answers to them are validated"));

    /**
     * One validator for the whole run: building it loads the R4 definitions, which takes seconds, so it is built once,
     * after ours have been read from the service.
     */
    private static FhirValidator validator(PrePopulatedValidationSupport ours) {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR), ours,
                new SnapshotGeneratingValidationSupport(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR));
        return FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    private static String get(String path) {
        return given().urlEncodingEnabled(false).accept("application/fhir+json").get(path).then().statusCode(200)
                .extract().asString();
    }

    private static String post(String path, String body) {
        return given().urlEncodingEnabled(false).contentType("application/fhir+json").body(body).post(path).then()
                .extract().asString();
    }

    @Test
    void everyResourceWePublishOrAnswerValidates() throws Exception {
        Map<String, String> resources = new LinkedHashMap<>();
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(FHIR);
        String metadata = get("/fhir/metadata");
        resources.put("CapabilityStatement", metadata);
        CapabilityStatement cs = FHIR.newJsonParser().parseResource(CapabilityStatement.class, metadata);
        // The definitions first, so that the validator knows them when it checks everything else.
        for (CapabilityStatement.CapabilityStatementRestResourceComponent r : cs.getRestFirstRep().getResource()) {
            if (List.of("Questionnaire", "QuestionnaireResponse").contains(r.getType())) {
                continue;
            }
            String listed = r.getDocumentation().replaceAll("^Read by id: ", "").replaceAll(" \\(canonical.*", "");
            for (String id : listed.split(", ")) {
                String json = get("/fhir/" + r.getType() + "/" + id);
                if (!r.getType().equals("StructureDefinition")) {
                    // Asked to validate a StructureDefinition itself, this validator regenerates its snapshot from
                    // the R4 core package, which it would fetch from the package server. Ours are checked by use
                    // instead: every phase and session extension in the $trend answers is validated against them.
                    resources.put(r.getType() + "/" + id, json);
                }
                ours.addResource(FHIR.newJsonParser().parseResource(json));
            }
        }
        String searchset = get("/fhir/Questionnaire");
        resources.put("Questionnaire search", searchset);
        Bundle all = FHIR.newJsonParser().parseResource(Bundle.class, searchset);
        List<Questionnaire> questionnaires = new ArrayList<>();
        for (Bundle.BundleEntryComponent e : all.getEntry()) {
            String id = e.getResource().getIdElement().getIdPart();
            String json = get("/fhir/Questionnaire/" + id);
            resources.put("Questionnaire/" + id, json);
            Questionnaire q = FHIR.newJsonParser().parseResource(Questionnaire.class, json);
            ours.addResource(q);
            questionnaires.add(q);
        }
        for (Questionnaire q : questionnaires) {
            String response = FHIR.newJsonParser().encodeResourceToString(generated(q));
            resources.put("generated QuestionnaireResponse of " + q.getIdElement().getIdPart(), response);
            resources.put("$score of the generated " + q.getIdElement().getIdPart(),
                    post("/fhir/QuestionnaireResponse/$score", response));
        }
        resources.putAll(exampleAnswers());

        FhirValidator validator = validator(ours);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<String, List<String>> unexpected = new LinkedHashMap<>();
        for (Map.Entry<String, String> r : resources.entrySet()) {
            for (SingleValidationMessage m : validator.validateWithResult(r.getValue()).getMessages()) {
                String line = m.getLocationString() + ": " + m.getMessage();
                if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                    errors.computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add(line);
                } else if (m.getSeverity() == ResultSeverityEnum.WARNING
                        && EXPECTED_WARNINGS.stream().noneMatch(w -> w.message().matcher(m.getMessage()).find())) {
                    unexpected.computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add(line);
                }
            }
        }
        assertThat(resources).hasSizeGreaterThan(40);
        assertThat(errors).as("validation errors").isEmpty();
        assertThat(unexpected).as("warnings not among the expected ones").isEmpty();
    }

    /**
     * A completed response to every item of a served Questionnaire, answering each with one of its answer options
     * in turn (item n gets option n mod the number of options).
     */
    private static QuestionnaireResponse generated(Questionnaire q) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setId("generated-" + q.getIdElement().getIdPart());
        r.setQuestionnaire(q.getUrl());
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.getSubject().setReference("Patient/example");
        r.setAuthoredElement(new org.hl7.fhir.r4.model.DateTimeType("2026-03-02T10:15:00+01:00"));
        Narratives.set(r, "A response generated by the test to every item of " + q.getTitle() + ".");
        int n = 0;
        for (Questionnaire.QuestionnaireItemComponent item : q.getItem()) {
            List<Questionnaire.QuestionnaireItemAnswerOptionComponent> options = item.getAnswerOption();
            Coding chosen = ((Coding) options.get(n++ % options.size()).getValue()).copy();
            chosen.getExtension().clear();
            r.addItem().setLinkId(item.getLinkId()).setText(item.getText()).addAnswer().setValue(chosen);
        }
        return r;
    }

    /** The answer to every application/fhir+json request example in the OpenAPI document. */
    private static Map<String, String> exampleAnswers() throws Exception {
        JsonNode document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        Map<String, String> answers = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode examples = path.getValue().path("post").at("/requestBody/content/application~1fhir+json/examples");
            Iterator<Map.Entry<String, JsonNode>> each = examples.fields();
            while (each.hasNext()) {
                Map.Entry<String, JsonNode> example = each.next();
                JsonNode value = example.getValue().has("$ref")
                        ? document.at(example.getValue().get("$ref").asText().substring(1)) : example.getValue();
                answers.put("answer to example " + example.getKey() + " of " + path.getKey(),
                        post(path.getKey(), JSON.writeValueAsString(value.get("value"))));
            }
        }
        assertThat(answers).hasSizeGreaterThanOrEqualTo(7);
        return answers;
    }
}
