package org.measura.fhir.web;

/** The documented example requests, for tests outside this package. */
public final class FhirExamplesAccess {
    private FhirExamplesAccess() {
    }

    public static final String LOINC_REQUEST = FhirExamples.LOINC_REQUEST;
    public static final String QUESTIONNAIRE_REQUEST = FhirExamples.QUESTIONNAIRE_REQUEST;
    public static final String OUT_OF_RANGE_REQUEST = FhirExamples.OUT_OF_RANGE_REQUEST;
}
