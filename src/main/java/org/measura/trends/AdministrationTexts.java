package org.measura.trends;

import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Range;
import org.measura.catalog.Scale;

/**
 * The reasons of the faults {@link AdministrationChecks} and {@link TrendAnalysis} find in one administration as sent,
 * as a problem or OperationOutcome states them after the field's name. Adapters place a fault by its code and
 * location, never by these words.
 */
final class AdministrationTexts {

    private AdministrationTexts() {
    }

    static final String DATE_REQUIRED = "is required: an ISO date such as 2026-03-02 or a date-time";
    static final String DATE_INVALID = "must be a real ISO date (2026-03-02) or date-time (2026-03-02T09:30:00Z)";
    static final String SESSION_NEGATIVE = "must be 0 or more";
    static final String CATALOG_SCORES_REQUIRED = "must hold at least one scale score";
    static final String MEASURE_SCORE_REQUIRED = "must hold the measure's score";
    static final String FINITE = "must be a finite number";
    static final String PHASE_INVALID = "must be baseline, treatment, termination or follow-up";
    static final String NOT_AN_OBJECT = "must be an object";
    static final String INSTRUMENT_REQUIRED = "is required: a catalog instrument id or a measure id";
    static final String RESPONSES_OR_SCORES = "must carry exactly one of responses and scores";
    static final String MEASURE_TAKES_SCORES = "a caller-defined measure takes scores, not responses";
    static final String CODING_WITH_SCORES = "applies to responses, not to scores";

    /** @param hint the catalog's suggestion of ids like it; null when there is none */
    static String unknownInstrument(String hint) {
        return "is neither a catalog instrument nor a measure defined in measures" + CourseTexts.hint(hint);
    }

    static String notAScaleOf(InstrumentDefinition definition) {
        return "is not a scale of " + definition.abbreviation() + " (scales: "
                + String.join(", ", definition.scales().stream().map(Scale::id).toList()) + ")";
    }

    static String outsideRange(Range range) {
        return "must be a number within the scale's range " + bound(range.min()) + "-" + bound(range.max());
    }

    static String notAScaleOfMeasure(String measure) {
        return "is not a scale of measure " + measure + " (define it in measures with this scale)";
    }

    private static String bound(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
