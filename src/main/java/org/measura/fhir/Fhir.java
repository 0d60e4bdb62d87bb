package org.measura.fhir;

/** Systems and extension URLs defined by HL7, LOINC and UCUM that the FHIR mapping uses. */
public final class Fhir {
    private Fhir() {
    }

    public static final String MEDIA_TYPE = "application/fhir+json";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String SCORE_UNIT = "{score}";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    /** v3 ObservationInterpretation; its change codes B, W, U and D describe a comparison with an earlier result. */
    public static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    public static final String DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    /**
     * LOINC 89253-9 "Trend", used by the HL7 MCC IG for a change Observation (docs/reference/change-methods.md, FHIR
     * representation).
     */
    public static final String LOINC_TREND = "89253-9";

    /** R5 core extension, also used with R4 (SDC): the numeric weight of an answer. */
    public static final String ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
    /** R4 core extension with the same meaning, read by older form renderers. */
    public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    /** ISO 21090 coded ordinal value, used by some older Questionnaires. */
    public static final String CO_VALUE = "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value";
}
