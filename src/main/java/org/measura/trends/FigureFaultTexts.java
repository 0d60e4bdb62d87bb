package org.measura.trends;

/**
 * The reasons of the faults in a course's figures and options, as a problem or OperationOutcome states them after the
 * field's name. Adapters place a fault by its code and location, never by these words.
 */
final class FigureFaultTexts {

    private FigureFaultTexts() {
    }

    static final String GIVEN_TWICE = "is given twice";
    static final String FINITE = "must be a finite number";
    static final String ABOVE_ZERO = "must be above 0";
    static final String NUMBER_ABOVE_ZERO = "must be a number above 0";
    static final String SHARE = "must lie above 0 and at most 1";
    static final String RELIABILITY = "must lie between 0 and 1 (exclusive)";
    static final String CORRELATION = "must lie between -1 and 1 (exclusive)";
    static final String WITHOUT_CUTOFF = "is given without a cutoff";
    static final String WITHOUT_THRESHOLD = "is given without a reliableChangeThreshold";
}
