package org.measura.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * POST /fhir/$trend. Every figure asserted is worked out by hand in the comments: PHQ-9 totals are sums of the
 * answers; the PHQ-9 definition has no reference SD, so Jacobson–Truax is not computable and the engine uses the
 * NHS Talking Therapies published threshold (a change of 6 or more is reliable); the recovery cut-off is caseness,
 * 10 or more.
 */
@QuarkusTest
class FhirTrendApiTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final String TREND = "/fhir/$trend";
    private static final String BASE = "http://localhost:8080/fhir";
    private static final String V3 = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    // Answers worked by hand: 3+3+2+2+2+2+2+2+1 = 19, 2·7+1+0 = 15, 1·5+0·4 = 5, 2+2+1+1+1+1+1+1+1 = 11.
    private static final int[] PHQ9_19 = {3, 3, 2, 2, 2, 2, 2, 2, 1};
    private static final int[] PHQ9_15 = {2, 2, 2, 2, 2, 2, 2, 1, 0};
    private static final int[] PHQ9_5 = {1, 1, 1, 1, 1, 0, 0, 0, 0};
    private static final int[] PHQ9_11 = {2, 2, 1, 1, 1, 1, 1, 1, 1};

    private static RequestSpecification fhir() {
        // REST Assured would encode the $ of $trend, and %24trend is not the same path segment.
        return given().urlEncodingEnabled(false).contentType("application/fhir+json");
    }

    private static String encode(IBaseResource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource);
    }

    private static Bundle trend(IBaseResource body) {
        String json = fhir().body(encode(body)).post(TREND).then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();
        return FHIR.newJsonParser().parseResource(Bundle.class, json);
    }

    private static ValidatableResponse refused(IBaseResource body, int status, String code) {
        return fhir().body(encode(body)).post(TREND).then().statusCode(status).contentType("application/fhir+json")
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error"))
                .body("issue[0].code", equalTo(code))
                .body(not(containsString("Exception")))
                .body(not(containsString("HAPI-")));
    }

    // --- building requests

    private static QuestionnaireResponse phq9(String id, String date, int[] answers, String phase, Integer session) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setId(id);
        course(r, phase, session);
        r.setQuestionnaire(BASE + "/Questionnaire/phq9");
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(new Reference("Patient/p1"));
        r.setAuthoredElement(new DateTimeType(date));
        for (int i = 0; i < answers.length; i++) {
            r.addItem().setLinkId(Integer.toString(i + 1)).addAnswer().setValue(new IntegerType(answers[i]));
        }
        return r;
    }

    /** A score Observation as $score writes one (LOINC code only, as an EHR might keep it). */
    private static Observation score(String id, String loinc, String date, int value, String phase, Integer session) {
        Observation o = new Observation();
        o.setId(id);
        course(o, phase, session);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept(new Coding("http://loinc.org", loinc, null)));
        o.setSubject(new Reference("Patient/p1"));
        o.setEffective(new DateTimeType(date));
        o.setValue(new IntegerType(value));
        return o;
    }

    private static void course(org.hl7.fhir.r4.model.DomainResource r, String phase, Integer session) {
        if (phase != null) {
            r.addExtension(BASE + "/StructureDefinition/phase", new CodeType(phase));
        }
        if (session != null) {
            r.addExtension(BASE + "/StructureDefinition/session", new IntegerType(session));
        }
    }

    private static Bundle bundle(Bundle.BundleType type, Resource... resources) {
        Bundle b = new Bundle().setType(type);
        for (Resource r : resources) {
            b.addEntry().setResource(r);
        }
        return b;
    }

    /** Baseline 19 (item 9 endorsed), treatment 15 and 5, termination 11. */
    private static Bundle phq9Course() {
        return bundle(Bundle.BundleType.COLLECTION,
                phq9("t4", "2026-03-02", PHQ9_11, "termination", 9),
                phq9("t1", "2026-01-05", PHQ9_19, "baseline", 1),
                phq9("t3", "2026-02-23", PHQ9_5, "treatment", 8),
                phq9("t2", "2026-01-26", PHQ9_15, "treatment", 4));
    }

    // --- reading the answer

    private static List<Observation> observations(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
    }

    private static List<Observation> scores(Bundle bundle, String ourScaleCode) {
        return observations(bundle).stream().filter(o -> has(o.getCode(), BASE + "/CodeSystem/scales", ourScaleCode))
                .toList();
    }

    private static Observation change(Bundle bundle, String scaleCode, String kind) {
        return observations(bundle).stream()
                .filter(o -> has(o.getCode(), "http://loinc.org", "89253-9"))
                .filter(o -> has(o.getCode(), BASE + "/CodeSystem/trend", kind))
                .filter(o -> has(component(o, "scale").getValueCodeableConcept(), BASE + "/CodeSystem/scales",
                        scaleCode))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " change Observation for "
                        + scaleCode));
    }

    private static Observation finding(Bundle bundle, String code) {
        return observations(bundle).stream().filter(o -> has(o.getCode(), BASE + "/CodeSystem/trend", code))
                .findFirst().orElseThrow(() -> new AssertionError("no Observation coded " + code));
    }

    private static boolean has(CodeableConcept concept, String system, String code) {
        return concept.getCoding().stream().anyMatch(c -> system.equals(c.getSystem()) && code.equals(c.getCode()));
    }

    private static Observation.ObservationComponentComponent component(Observation o, String code) {
        return o.getComponent().stream().filter(c -> has(c.getCode(), BASE + "/CodeSystem/trend", code)).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + code));
    }

    private static boolean hasComponent(Observation o, String code) {
        return o.getComponent().stream().anyMatch(c -> has(c.getCode(), BASE + "/CodeSystem/trend", code));
    }

    private static BigDecimal quantity(Observation o, String code) {
        return component(o, code).getValueQuantity().getValue();
    }

    private static String coded(Observation.ObservationComponentComponent c) {
        return c.getValueCodeableConcept().getCodingFirstRep().getCode();
    }

    private static List<String> interpretation(Observation o) {
        return o.getInterpretation().stream().map(i -> {
            assertThat(i.getCodingFirstRep().getSystem()).isEqualTo(V3);
            return i.getCodingFirstRep().getCode();
        }).toList();
    }

    private static int value(Observation score) {
        return score.getValue() instanceof IntegerType i ? i.getValue()
                : ((Quantity) score.getValue()).getValue().intValueExact();
    }

    /** Each derivedFrom of a change Observation is the fullUrl of a score Observation in the same answer. */
    private static List<Observation> derivedFrom(Bundle bundle, Observation change) {
        return change.getDerivedFrom().stream().map(r -> bundle.getEntry().stream()
                .filter(e -> e.getFullUrl().equals(r.getReference())).findFirst()
                .map(e -> (Observation) e.getResource())
                .orElseThrow(() -> new AssertionError("derivedFrom " + r.getReference() + " is not in the answer")))
                .toList();
    }

    private static OperationOutcome outcome(Bundle bundle) {
        Resource last = bundle.getEntry().get(bundle.getEntry().size() - 1).getResource();
        assertThat(last).isInstanceOf(OperationOutcome.class);
        return (OperationOutcome) last;
    }

    // --- a course of PHQ-9 responses

    @Test
    void aCourseOfPhq9ResponsesGivesChangeObservationsWorkedByHand() {
        Bundle answer = trend(phq9Course());
        assertThat(answer.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(answer.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl()).startsWith("urn:uuid:"));
        assertThat(answer.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).collect(Collectors.toSet()))
                .hasSize(answer.getEntry().size());

        // The score Observations, in date order, as $score writes them, with phase and session carried over.
        List<Observation> totals = scores(answer, "phq9-total");
        assertThat(totals).extracting(FhirTrendApiTest::value).containsExactly(19, 15, 5, 11);
        assertThat(totals).extracting(o -> o.getDerivedFromFirstRep().getReference())
                .containsExactly("QuestionnaireResponse/t1", "QuestionnaireResponse/t2", "QuestionnaireResponse/t3",
                        "QuestionnaireResponse/t4");
        assertThat(((CodeType) totals.get(3).getExtensionByUrl(BASE + "/StructureDefinition/phase").getValue())
                .getValue()).isEqualTo("termination");
        assertThat(((IntegerType) totals.get(3).getExtensionByUrl(BASE + "/StructureDefinition/session").getValue())
                .getValue()).isEqualTo(9);
        // Item 9 endorsed at baseline: the flag $score writes is there too.
        assertThat(observations(answer)).anySatisfy(o -> assertThat(has(o.getCode(), BASE + "/CodeSystem/flags",
                "phq9-self-harm-thoughts")).isTrue());

        // Baseline to latest: 19 → 11, raw change −8; −8/19 = −42.11 %. A fall of 8 ≥ 6 is reliable improvement;
        // 11 is still at or above 10, so improved, not recovered. Lower is better: B (better) and D (down).
        Observation latest = change(answer, "phq9-total", "baseline-to-latest");
        assertThat(latest.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
        assertThat(latest.getSubject().getReference()).isEqualTo("Patient/p1");
        assertThat(quantity(latest, "raw-change")).isEqualByComparingTo("-8");
        assertThat(component(latest, "raw-change").getValueQuantity().getCode()).isEqualTo("{score}");
        assertThat(quantity(latest, "percent-change")).isEqualByComparingTo("-42.11");
        assertThat(coded(component(latest, "reliable-change-method"))).isEqualTo("published-threshold");
        assertThat(component(latest, "reliable-change-method").getValueCodeableConcept().getText())
                .contains("Jacobson–Truax").contains("missing referenceSd");
        assertThat(hasComponent(latest, "reliable-change-index")).as("a fixed threshold has no index").isFalse();
        assertThat(quantity(latest, "reliable-change-threshold")).isEqualByComparingTo("6");
        assertThat(component(latest, "reliable-change-threshold").getCode().getText()).contains("6 points or more");
        assertThat(coded(component(latest, "reliable-change"))).isEqualTo("reliable-improvement");
        assertThat(interpretation(latest)).containsExactly("B", "D");
        assertThat(latest.getValueCodeableConcept().getCodingFirstRep().getSystem())
                .isEqualTo(BASE + "/CodeSystem/clinical-significance");
        assertThat(latest.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("improved");
        assertThat(latest.getNoteFirstRep().getText()).contains("fell from 19 to 11").contains("Improved");
        // PHQ-9 response needs a fall of 50 % (8/19 is 42 %); remission a score below 5 (11 is not).
        assertThat(((BooleanType) component(latest, "phq9-response").getValue()).booleanValue()).isFalse();
        assertThat(((BooleanType) component(latest, "phq9-remission").getValue()).booleanValue()).isFalse();
        assertThat(latest.getEffectivePeriod().getStartElement().getValueAsString()).isEqualTo("2026-01-05");
        assertThat(latest.getEffectivePeriod().getEndElement().getValueAsString()).isEqualTo("2026-03-02");
        assertThat(derivedFrom(answer, latest)).containsExactly(totals.get(0), totals.get(3));

        // Baseline to termination: the termination is the latest, so the same figures.
        Observation termination = change(answer, "phq9-total", "baseline-to-termination");
        assertThat(quantity(termination, "raw-change")).isEqualByComparingTo("-8");
        assertThat(interpretation(termination)).containsExactly("B", "D");
        assertThat(derivedFrom(answer, termination)).containsExactly(totals.get(0), totals.get(3));

        // Previous to latest: 5 → 11, a rise of 6 (≥ 6: reliable deterioration); +6/5 = +120 %. 5 was not in the
        // clinical range and 11 is: harmed. Worse (W), and up (U).
        Observation previous = change(answer, "phq9-total", "previous-to-latest");
        assertThat(quantity(previous, "raw-change")).isEqualByComparingTo("6");
        assertThat(quantity(previous, "percent-change")).isEqualByComparingTo("120");
        assertThat(coded(component(previous, "reliable-change"))).isEqualTo("reliable-deterioration");
        assertThat(interpretation(previous)).containsExactly("W", "U");
        assertThat(previous.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("harmed");
        assertThat(derivedFrom(answer, previous)).containsExactly(totals.get(2), totals.get(3));

        assertThat(observations(answer)).filteredOn(o -> has(o.getCode(), "http://loinc.org", "89253-9")).hasSize(3);
        OperationOutcome outcome = outcome(answer);
        assertThat(outcome.getIssue()).extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
                .anySatisfy(d -> assertThat(d).contains("4 QuestionnaireResponses scored here"))
                .anySatisfy(d -> assertThat(d).startsWith("PHQ-9 total: reliable change: Jacobson–Truax, the "
                        + "default, cannot be used (missing referenceSd)"));
    }

    @Test
    void earlierObservationsMixInAndTheClinicsFiguresGiveJacobsonTruax() {
        // Baseline 19 and treatment 15 arrive as earlier score Observations (the second as a valueQuantity); the
        // termination as a response, with the Observation $score made of it, which is left out (the response is
        // scored here instead).
        Observation baseline = score("o1", "44261-6", "2026-01-05", 19, "baseline", 1);
        Observation treatment = score("o2", "44261-6", "2026-01-26", 0, "treatment", 4);
        treatment.setValue(new Quantity().setValue(15).setSystem("http://unitsofmeasure.org").setCode("{score}"));
        Observation fromResponse = score("o3", "44261-6", "2026-03-02", 11, "termination", 9);
        fromResponse.addDerivedFrom(new Reference("QuestionnaireResponse/t4"));
        Bundle entries = bundle(Bundle.BundleType.SEARCHSET, baseline, phq9("t4", "2026-03-02", PHQ9_11,
                "termination", 9), treatment, fromResponse);
        // The clinic's figures: SD 5.7 and reliability .84: SE = 5.7·√(1 − .84) = 2.28, S_diff = √2·2.28 = 3.2244;
        // 19 → 11: RCI = −8/3.2244 = −2.481, beyond −1.96; the smallest reliable change 1.96·3.2244 = 6.32.
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("bundle").setResource(entries);
        parameters.addParameter().setName("method").setValue(new CodeType("jacobson-truax"));
        Parameters.ParametersParameterComponent measure = parameters.addParameter().setName("measure");
        measure.addPart().setName("instrument").setValue(new CodeType("phq9"));
        measure.addPart().setName("referenceSd").setValue(new DecimalType("5.7"));
        measure.addPart().setName("reliability").setValue(new DecimalType("0.84"));

        Bundle answer = trend(parameters);
        List<Observation> totals = scores(answer, "phq9-total");
        assertThat(totals).extracting(FhirTrendApiTest::value).containsExactly(19, 15, 11);
        assertThat(totals).extracting(o -> o.getDerivedFromFirstRep().getReference())
                .containsExactly("Observation/o1", "Observation/o2", "QuestionnaireResponse/t4");
        // Read back by LOINC alone, written again with our code too, and a whole valueQuantity as valueInteger.
        assertThat(totals.get(1).getCode().getCoding()).extracting(Coding::getCode)
                .containsExactly("44261-6", "phq9-total");
        assertThat(totals.get(1).getValue()).isInstanceOf(IntegerType.class);
        assertThat(totals.get(1).getInterpretationFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("phq9-total-moderately-severe");

        Observation latest = change(answer, "phq9-total", "baseline-to-latest");
        assertThat(coded(component(latest, "reliable-change-method"))).isEqualTo("jacobson-truax");
        assertThat(quantity(latest, "reliable-change-index")).isEqualByComparingTo("-2.481");
        assertThat(quantity(latest, "critical-value")).isEqualByComparingTo("1.96");
        assertThat(quantity(latest, "reliable-change-threshold")).isEqualByComparingTo("6.32");
        assertThat(component(latest, "reliable-change-threshold").getCode().getText())
                .contains("more than 6.32 points");
        assertThat(interpretation(latest)).containsExactly("B", "D");
        assertThat(latest.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("improved");
        // The published threshold is reported alongside: 8 ≥ 6, reliable too.
        assertThat(latest.getNote()).anySatisfy(n -> assertThat(n.getText())
                .startsWith("By the published threshold alongside").contains("a fall of 6 or more"));
        assertThat(derivedFrom(answer, latest)).containsExactly(totals.get(0), totals.get(2));

        // Previous to latest: 15 → 11, −4: RCI −4/3.2244 = −1.241, within ±1.96: no reliable change, no B/W/U/D.
        Observation previous = change(answer, "phq9-total", "previous-to-latest");
        assertThat(quantity(previous, "reliable-change-index")).isEqualByComparingTo("-1.241");
        assertThat(coded(component(previous, "reliable-change"))).isEqualTo("no-reliable-change");
        assertThat(previous.getInterpretation()).isEmpty();
        assertThat(previous.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("unchanged");

        assertThat(outcome(answer).getIssue()).anySatisfy(i -> {
            assertThat(i.getDiagnostics()).contains("derives from a QuestionnaireResponse in the Bundle");
            assertThat(i.getExpression().get(0).getValue())
                    .isEqualTo("Parameters.parameter[0].resource.entry[3].resource");
        });
    }

    @Test
    void theAnswerSentBackGivesTheSameChanges() {
        Bundle first = trend(phq9Course());
        Bundle again = trend(first);
        // Score Observations are read back, and the flag, change Observations and OperationOutcome are left out.
        assertThat(scores(again, "phq9-total")).extracting(FhirTrendApiTest::value).containsExactly(19, 15, 5, 11);
        for (String kind : List.of("baseline-to-latest", "baseline-to-termination", "previous-to-latest")) {
            Observation before = change(first, "phq9-total", kind);
            Observation after = change(again, "phq9-total", kind);
            assertThat(quantity(after, "raw-change")).isEqualByComparingTo(quantity(before, "raw-change"));
            assertThat(interpretation(after)).isEqualTo(interpretation(before));
            assertThat(after.getValueCodeableConcept().getCodingFirstRep().getCode())
                    .isEqualTo(before.getValueCodeableConcept().getCodingFirstRep().getCode());
        }
    }

    @Test
    void followUpsAndTheNhsTalkingTherapiesPairBecomeObservations() {
        // PHQ-9 19 → 6 (termination) → 5 (follow-up); GAD-7 15 → 5 → 4, on the same dates.
        Bundle entries = bundle(Bundle.BundleType.COLLECTION,
                score("p1", "44261-6", "2026-01-05", 19, "baseline", 1),
                score("g1", "70274-6", "2026-01-05", 15, "baseline", 1),
                score("p2", "44261-6", "2026-03-02", 6, "termination", 9),
                score("g2", "70274-6", "2026-03-02", 5, "termination", 9),
                score("p3", "44261-6", "2026-06-01", 5, "follow-up", null),
                score("g3", "70274-6", "2026-06-01", 4, "follow-up", null));
        Bundle answer = trend(entries);
        List<Observation> phq = scores(answer, "phq9-total");
        List<Observation> gad = scores(answer, "gad7-total");

        // Termination to follow-up: PHQ-9 6 → 5, −1: not reliable (6 needed); recovered at termination (19 → 6:
        // reliable fall, below 10) and still below 10, so maintained and no relapse.
        Observation followUp = finding(answer, "follow-up");
        assertThat(derivedFrom(answer, followUp)).containsExactly(phq.get(1), phq.get(2));
        assertThat(component(followUp, "days-since-termination").getValueQuantity().getValue())
                .isEqualByComparingTo("91");
        assertThat(((BooleanType) component(followUp, "maintained").getValue()).booleanValue()).isTrue();
        assertThat(((BooleanType) component(followUp, "relapse").getValue()).booleanValue()).isFalse();
        assertThat(coded(component(followUp, "category-from-baseline"))).isEqualTo("recovered");
        Observation summary = finding(answer, "follow-up-summary");
        assertThat(((BooleanType) component(summary, "durable-recovery").getValue()).booleanValue()).isTrue();

        // NHS Talking Therapies, first to last paired scores outside follow-up: PHQ-9 19 → 6 (fall 13 ≥ 6, below
        // 10), GAD-7 15 → 5 (fall 10 ≥ 4, below 8): a case at the start, recovery, reliable improvement, reliable
        // recovery.
        Observation tt = finding(answer, "nhs-talking-therapies");
        assertThat(derivedFrom(answer, tt)).containsExactly(phq.get(0), phq.get(1), gad.get(0), gad.get(1));
        assertThat(tt.getEffectivePeriod().getEndElement().getValueAsString()).isEqualTo("2026-03-02");
        for (String holds : List.of("caseness-at-start", "recovery", "reliable-improvement", "reliable-recovery")) {
            assertThat(((BooleanType) component(tt, holds).getValue()).booleanValue()).as(holds).isTrue();
        }
        for (String fails : List.of("reliable-deterioration", "no-reliable-change")) {
            assertThat(((BooleanType) component(tt, fails).getValue()).booleanValue()).as(fails).isFalse();
        }
        assertThat(tt.getNoteFirstRep().getText()).contains("reliable recovery");
    }

    // --- errors

    @Test
    void entriesOfTwoClientsAreRefused() {
        QuestionnaireResponse other = phq9("x", "2026-02-02", PHQ9_15, null, null);
        other.setSubject(new Reference("Patient/p2"));
        refused(bundle(Bundle.BundleType.COLLECTION, phq9("a", "2026-01-05", PHQ9_19, null, null), other), 422,
                "business-rule")
                .body("issue[0].expression[0]", equalTo("Bundle.entry[1].resource.subject"))
                .body("issue[0].diagnostics", containsString("same subject"))
                .body(not(containsString("Patient/p2")));
        // A subject left out of one entry is not taken to be the same client either.
        Observation anonymous = score("o", "44261-6", "2026-02-02", 12, null, null);
        anonymous.setSubject(null);
        refused(bundle(Bundle.BundleType.COLLECTION, score("p", "44261-6", "2026-01-05", 19, null, null), anonymous),
                422, "business-rule").body("issue[0].expression[0]", equalTo("Bundle.entry[1].resource.subject"));
    }

    @Test
    void anEmptyBundleIsRefused() {
        refused(new Bundle().setType(Bundle.BundleType.COLLECTION), 400, "required")
                .body("issue[0].expression[0]", equalTo("Bundle.entry"));
        // Entries, but none with a score: 422, saying why each was left out.
        QuestionnaireResponse withdrawn = phq9("w", "2026-01-05", PHQ9_19, null, null);
        withdrawn.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR);
        refused(bundle(Bundle.BundleType.COLLECTION, withdrawn), 422, "incomplete")
                .body("issue[1].expression[0]", equalTo("Bundle.entry[0].resource.status"));
        refused(new QuestionnaireResponse(), 400, "invalid");
    }

    @Test
    void twoScoresOnOneDateAndSessionPointAtBothEntries() {
        refused(bundle(Bundle.BundleType.COLLECTION, score("a", "44261-6", "2026-01-05", 19, null, 1),
                score("b", "44261-6", "2026-02-02", 15, null, 2),
                score("c", "44261-6", "2026-02-02", 14, null, 2)), 422, "business-rule")
                .body("issue[0].expression[0]", equalTo("Bundle.entry[1].resource"))
                .body("issue[0].diagnostics", containsString("Bundle.entry[2].resource"))
                .body(not(containsString("2026-02-02")));
    }

    @Test
    void contentFaultsPointAtTheEntryWithoutEchoingValues() {
        Observation unknown = score("u", "1234-5", "2026-01-05", 19, null, null);
        Observation offScale = score("o", "44261-6", "2026-02-02", 31, null, null);
        QuestionnaireResponse unmatched = phq9("q", "2026-03-02", PHQ9_5, null, null);
        unmatched.getItemFirstRep().setLinkId("mood-q1");
        refused(bundle(Bundle.BundleType.COLLECTION, unknown, offScale, unmatched), 422, "code-invalid")
                .body("issue.expression.flatten()", org.hamcrest.Matchers.contains("Bundle.entry[0].resource.code",
                        "Bundle.entry[1].resource.valueInteger", "Bundle.entry[2].resource.item[0].linkId"))
                .body("issue[1].diagnostics", containsString("0 to 27"))
                .body(not(containsString("31")))
                .body(not(containsString("1234-5")));
    }

    @Test
    void formFaultsAre400() {
        Observation partial = score("a", "44261-6", "2026-01-05", 19, "start", null);
        partial.setEffective(new DateTimeType("2026-01"));
        refused(bundle(Bundle.BundleType.COLLECTION, partial), 400, "value")
                .body("issue.expression.flatten()", org.hamcrest.Matchers.contains(
                        "Bundle.entry[0].resource.extension[0].value", "Bundle.entry[0].resource.effective"))
                .body(not(containsString("\"start\"")));
        Parameters unknownMethod = new Parameters();
        unknownMethod.addParameter().setName("bundle").setResource(phq9Course());
        unknownMethod.addParameter().setName("method").setValue(new CodeType("guesswork"));
        refused(unknownMethod, 400, "value").body("issue[0].expression[0]", equalTo("Parameters.parameter[1].value"))
                .body(not(containsString("guesswork")));
    }

    @Test
    void aChosenMethodWithoutItsFiguresIs422AtTheMethod() {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("bundle").setResource(phq9Course());
        parameters.addParameter().setName("method").setValue(new CodeType("jacobson-truax"));
        refused(parameters, 422, "required")
                .body("issue[0].expression[0]", equalTo("Parameters.parameter[1].value"))
                .body("issue[0].diagnostics", containsString("PHQ-9 total: referenceSd is needed by Jacobson–Truax"))
                .body("issue[0].diagnostics", containsString("measure part"));
    }

    // --- the operation is listed, and application/json is accepted

    @Test
    void metadataListsTheOperationAndPlainJsonIsAccepted() {
        CapabilityStatement cs = FHIR.newJsonParser().parseResource(CapabilityStatement.class,
                given().get("/fhir/metadata").then().statusCode(200).extract().asString());
        CapabilityStatement.CapabilityStatementRestResourceOperationComponent trend = cs.getRestFirstRep()
                .getOperation().stream().filter(o -> o.getName().equals("trend")).findFirst().orElseThrow();
        assertThat(trend.getDefinition()).isEqualTo(BASE + "/OperationDefinition/trend");
        assertThat(trend.getDocumentation()).contains(BASE + "/StructureDefinition/phase")
                .contains(BASE + "/StructureDefinition/session");
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(encode(phq9Course())).post(TREND).then()
                .statusCode(200).body("resourceType", equalTo("Bundle"));
    }
}
