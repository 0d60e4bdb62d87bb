package org.measura.fhir;

/**
 * The URLs of our own FHIR artefacts, all under one configurable base. They are names, not addresses: the service
 * never fetches them, and the base need not be where the service runs.
 */
public record Canonicals(String base) {

    public static final String DEFAULT_BASE = "http://localhost:8080/fhir";

    public Canonicals {
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("the canonical base must not be blank");
        }
        base = base.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
    }

    public String questionnaire(String instrumentId) {
        return questionnairePrefix() + instrumentId;
    }

    public String questionnairePrefix() {
        return base + "/Questionnaire/";
    }

    /** Answer codes of an instrument whose options have no LOINC code: the code is the value printed on the form. */
    public String answers(String instrumentId) {
        return base + "/CodeSystem/" + instrumentId + "-answers";
    }

    public String scales() {
        return base + "/CodeSystem/scales";
    }

    public String bands() {
        return base + "/CodeSystem/bands";
    }

    public String cutoffs() {
        return base + "/CodeSystem/cutoffs";
    }

    public String flags() {
        return base + "/CodeSystem/flags";
    }

    public String criteria() {
        return base + "/CodeSystem/criteria";
    }

    public String criterionStatus() {
        return base + "/CodeSystem/criterion-status";
    }

    public String items() {
        return base + "/CodeSystem/items";
    }

    public String scoreOperation() {
        return base + "/OperationDefinition/QuestionnaireResponse-score";
    }

    public String trendOperation() {
        return base + "/OperationDefinition/trend";
    }

    /** Extension (valueCode baseline, treatment, termination or follow-up) on a response or score Observation. */
    public String phaseExtension() {
        return base + "/StructureDefinition/phase";
    }

    /** Extension (valueInteger, 0 or more; gaps are missed sessions) on a response or score Observation. */
    public String sessionExtension() {
        return base + "/StructureDefinition/session";
    }

    /** Codes of $trend's own concepts: comparison kinds, change components, classification Observations. */
    public String trend() {
        return base + "/CodeSystem/trend";
    }

    public String reliableChangeMethods() {
        return base + "/CodeSystem/reliable-change-methods";
    }

    public String reliableChangeStatus() {
        return base + "/CodeSystem/reliable-change-status";
    }

    /** recovered, improved, unchanged, deteriorated, harmed. */
    public String clinicalSignificance() {
        return base + "/CodeSystem/clinical-significance";
    }
}
