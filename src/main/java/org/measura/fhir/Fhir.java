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

    /** R5 core extension, also used with R4 (SDC): the numeric weight of an answer. */
    public static final String ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
    /** R4 core extension with the same meaning, read by older form renderers. */
    public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    /** ISO 21090 coded ordinal value, used by some older Questionnaires. */
    public static final String CO_VALUE = "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value";
}
