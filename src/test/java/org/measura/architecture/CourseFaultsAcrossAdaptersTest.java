package org.measura.architecture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;

/**
 * One faulty course sent to POST /trends, POST /fhir/$trend and POST /bulk/trends is refused with the same faults at
 * the same places: the trend use case decides, and each adapter only writes the fault in its own terms. The first
 * course: PHQ-9 totals 19 and 15 both on 2026-01-05 without a session (which one counts cannot be decided: a conflict,
 * placed at the first of the two) and 11 on 2026-03-02, with a critical value of −1 (invalid: it must be above 0).
 * The others are refused by the checks of each administration as sent: a negative session and a total of 30 (the
 * PHQ-9 total runs 0-27), both faults of content (422); a missing date and a phase that names none, both faults of
 * form (400). Then the measure entries and options as sent, which the trend use case resolves for every adapter: a
 * scale the instrument does not have and a second entry for one scale (content, 422); a cut-off comparison that
 * names no side, a method and a cut-off type that name none (form, 400); and a figure the engine cannot use, placed
 * at the measure entry that sent it (content, 422).
 */
@QuarkusTest
class CourseFaultsAcrossAdaptersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FhirContext FHIR = FhirContext.forR4();

    private static final String COURSE = """
            {"administrations": [
              {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 19}},
              {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 15}},
              {"instrument": "phq9", "date": "2026-03-02", "scores": {"total": 11}}
            ], "options": {"criticalValue": -1}}""";

    private static final String BASE = "http://localhost:8080/fhir";
    private static final String ENTRY = "Parameters.parameter[0].resource.entry";

    /** Where each place of the plain-JSON courses sits in the Parameters bodies below. */
    private static final Map<String, String> FHIR_PLACE = Map.ofEntries(
            Map.entry("/options/criticalValue", "Parameters.parameter[1].value"),
            Map.entry("/administrations/0", ENTRY + "[0].resource"),
            Map.entry("/administrations/0/session", ENTRY + "[0].resource.extension[0].value"),
            Map.entry("/administrations/1/scores/total", ENTRY + "[1].resource.valueInteger"),
            Map.entry("/administrations/0/date", ENTRY + "[0].resource.effective"),
            Map.entry("/administrations/1/phase", ENTRY + "[1].resource.extension[0].value"),
            Map.entry("/measures/0/scale", "Parameters.parameter[1].part[1].value"),
            Map.entry("/measures/0/cutoffComparison", "Parameters.parameter[1].part[1].value"),
            Map.entry("/measures/2", "Parameters.parameter[3]"),
            Map.entry("/measures/0/referenceSd", "Parameters.parameter[1].part[1]"),
            Map.entry("/options/method", "Parameters.parameter[2].value"),
            Map.entry("/options/cutoffType", "Parameters.parameter[3].value"));

    /** The FHIR issue type each fault code is written as (docs/fhir.md). */
    private static final Map<String, String> FHIR_TYPE = Map.of("invalid", "value", "conflict", "business-rule",
            "required", "required", "unknown", "not-found", "duplicate", "duplicate");

    private record Fault(String code, String place) {
    }

    @Test
    void theSameCourseIsRefusedWithTheSameFaultsAtTheSamePlaces() throws Exception {
        sameFaultsEverywhere(COURSE, fhirCourse(), 422, new Fault("invalid", "/options/criticalValue"),
                new Fault("conflict", "/administrations/0"));
    }

    @Test
    void faultsOfContentInAdministrationsAreTheSameEverywhere() throws Exception {
        String course = """
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "session": -1, "scores": {"total": 19}},
                  {"instrument": "phq9", "date": "2026-02-02", "scores": {"total": 30}}
                ]}""";
        Observation first = phq9Total("a", "2026-01-05", 19);
        first.addExtension(BASE + "/StructureDefinition/session", new IntegerType(-1));
        sameFaultsEverywhere(course, fhirCourse(first, phq9Total("b", "2026-02-02", 30)), 422,
                new Fault("invalid", "/administrations/0/session"),
                new Fault("invalid", "/administrations/1/scores/total"));
    }

    @Test
    void faultsOfFormInAdministrationsAreTheSameEverywhere() throws Exception {
        String course = """
                {"administrations": [
                  {"instrument": "phq9", "scores": {"total": 19}},
                  {"instrument": "phq9", "date": "2026-02-02", "phase": "middle", "scores": {"total": 12}}
                ]}""";
        Observation first = phq9Total("a", null, 19);
        Observation second = phq9Total("b", "2026-02-02", 12);
        second.addExtension(BASE + "/StructureDefinition/phase", new CodeType("middle"));
        sameFaultsEverywhere(course, fhirCourse(first, second), 400,
                new Fault("required", "/administrations/0/date"), new Fault("invalid", "/administrations/1/phase"));
    }

    @Test
    void faultsOfMeasureEntriesAreTheSameEverywhere() throws Exception {
        String course = """
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 19}},
                  {"instrument": "phq9", "date": "2026-03-02", "scores": {"total": 11}}
                ], "measures": [{"id": "phq9", "scale": "mood"}, {"id": "gad7"}, {"id": "gad7"}]}""";
        Parameters fhir = fhirCourse(phq9Total("a", "2026-01-05", 19), phq9Total("b", "2026-03-02", 11));
        fhir.addParameter(measure("phq9", "scale", new CodeType("mood")));
        fhir.addParameter(measure("gad7", null, null));
        fhir.addParameter(measure("gad7", null, null));
        sameFaultsEverywhere(course, fhir, 422, new Fault("unknown", "/measures/0/scale"),
                new Fault("duplicate", "/measures/2"));
    }

    @Test
    void aDirectionContradictingTheCatalogIsTheSameForRestAndBulk() throws Exception {
        // $trend has no direction part (a measure part overrides a built-in scale's figures, whose direction is the
        // catalog's), so only POST /trends and /bulk/trends can send this fault.
        String course = """
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 19}},
                  {"instrument": "phq9", "date": "2026-03-02", "scores": {"total": 11}}
                ], "measures": [{"id": "phq9", "direction": "higher-is-better"}]}""";
        sameFaultsEverywhere(course, null, 422, new Fault("conflict", "/measures/0/direction"));
    }

    @Test
    void faultsOfOptionsAndFiguresAsSentAreTheSameEverywhere() throws Exception {
        String course = """
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 19}},
                  {"instrument": "phq9", "date": "2026-03-02", "scores": {"total": 11}}
                ], "measures": [{"id": "phq9", "cutoffComparison": "sideways"}],
                "options": {"method": "guesswork", "cutoffType": "d"}}""";
        Parameters fhir = fhirCourse(phq9Total("a", "2026-01-05", 19), phq9Total("b", "2026-03-02", 11));
        fhir.addParameter(measure("phq9", "cutoffComparison", new CodeType("sideways")));
        fhir.addParameter().setName("method").setValue(new CodeType("guesswork"));
        fhir.addParameter().setName("cutoffType").setValue(new CodeType("d"));
        sameFaultsEverywhere(course, fhir, 400, new Fault("invalid", "/measures/0/cutoffComparison"),
                new Fault("invalid", "/options/method"), new Fault("invalid", "/options/cutoffType"));
    }

    @Test
    void aFigureTheEngineRefusesIsPlacedAtTheMeasureEntryEverywhere() throws Exception {
        // A reference SD of -1 for PHQ-9 total reads (it is a number) but cannot be used (an SD must be above 0): the
        // engine's fault about the scale is placed at the measure entry that sent the figure; $trend points at the
        // measure part's referenceSd part.
        String course = """
                {"administrations": [
                  {"instrument": "phq9", "date": "2026-01-05", "scores": {"total": 19}},
                  {"instrument": "phq9", "date": "2026-03-02", "scores": {"total": 11}}
                ], "measures": [{"id": "phq9", "referenceSd": -1}]}""";
        Parameters fhir = fhirCourse(phq9Total("a", "2026-01-05", 19), phq9Total("b", "2026-03-02", 11));
        fhir.addParameter(measure("phq9", "referenceSd", new DecimalType("-1")));
        sameFaultsEverywhere(course, fhir, 422, new Fault("invalid", "/measures/0/referenceSd"));
    }

    /**
     * The course is refused by POST /trends with these faults, by /bulk/trends alike, and by $trend at the same places
     * ({@code fhirCourse} null where $trend cannot carry the course).
     */
    private static void sameFaultsEverywhere(String course, Parameters fhirCourse, int status, Fault... expected)
            throws Exception {
        JsonNode rest = JSON.readTree(given().contentType("application/json").body(course).post("/trends")
                .then().statusCode(status).extract().asString());
        List<Fault> faults = new ArrayList<>();
        rest.get("errors").forEach(e -> faults.add(new Fault(e.get("code").asText(), e.get("pointer").asText())));
        assertThat(faults).containsExactlyInAnyOrder(expected);

        String line = given().contentType("application/x-ndjson")
                .body(course.replace("\n", "").getBytes(StandardCharsets.UTF_8)).post("/bulk/trends")
                .then().statusCode(200).extract().asString().strip();
        JsonNode bulk = JSON.readTree(line);
        assertThat(bulk.get("line").asInt()).isEqualTo(1);
        assertThat(bulk.at("/problem/status").asInt()).isEqualTo(status);
        assertThat(bulk.at("/problem/errors")).isEqualTo(rest.get("errors"));
        if (fhirCourse == null) {
            return;
        }

        JsonNode outcome = JSON.readTree(given().urlEncodingEnabled(false).contentType("application/fhir+json")
                .body(FHIR.newJsonParser().encodeResourceToString(fhirCourse)).post("/fhir/$trend")
                .then().statusCode(status).extract().asString());
        List<Fault> issues = new ArrayList<>();
        outcome.get("issue").forEach(i -> issues.add(new Fault(i.get("code").asText(),
                i.get("expression").get(0).asText())));
        assertThat(issues).containsExactlyInAnyOrderElementsOf(faults.stream()
                .map(f -> new Fault(FHIR_TYPE.get(f.code()), FHIR_PLACE.get(f.place()))).toList());
    }

    private static Parameters fhirCourse() {
        Parameters parameters = fhirCourse(phq9Total("a", "2026-01-05", 19), phq9Total("b", "2026-01-05", 15),
                phq9Total("c", "2026-03-02", 11));
        parameters.addParameter().setName("criticalValue").setValue(new DecimalType("-1"));
        return parameters;
    }

    private static Parameters fhirCourse(Observation... scores) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (Observation score : scores) {
            bundle.addEntry().setResource(score);
        }
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("bundle").setResource(bundle);
        return parameters;
    }

    /** A measure part naming a built-in instrument, with one more part ({@code name} null: none). */
    private static Parameters.ParametersParameterComponent measure(String instrument, String name, Type value) {
        Parameters.ParametersParameterComponent measure = new Parameters.ParametersParameterComponent()
                .setName("measure");
        measure.addPart().setName("instrument").setValue(new CodeType(instrument));
        if (name != null) {
            measure.addPart().setName(name).setValue(value);
        }
        return measure;
    }

    /** A PHQ-9 total score Observation (LOINC 44261-6). */
    private static Observation phq9Total(String id, String date, int total) {
        Observation o = new Observation();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept(new Coding("http://loinc.org", "44261-6", null)));
        o.setSubject(new Reference("Patient/p1"));
        if (date != null) {
            o.setEffective(new DateTimeType(date));
        }
        o.setValue(new IntegerType(total));
        return o;
    }
}
