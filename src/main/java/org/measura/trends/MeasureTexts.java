package org.measura.trends;

import org.measura.catalog.InstrumentDefinition;

/**
 * The reasons of the faults {@link TrendAnalysis} finds in a measure entry as sent, as a problem or OperationOutcome
 * states them after the field's name. Adapters place a fault by its code and location, never by these words.
 */
final class MeasureTexts {

    private MeasureTexts() {
    }

    static final String ENTRY_NOT_AN_OBJECT = "must be an object";
    static final String ID_REQUIRED = "is required";
    static final String DIRECTION_INVALID = "must be lower-is-better or higher-is-better";
    static final String DIRECTION_REQUIRED = "is required for a measure that is not in the catalog";
    static final String CUTOFF_COMPARISON_INVALID = "must be at-or-above, above, at-or-below or below";

    /** @param hint the catalog's suggestion of ids like it; null when there is none */
    static String notACatalogInstrument(String hint) {
        return "is not a catalog instrument" + CourseTexts.hint(hint);
    }

    /** Worded as for a score an administration sends for a scale its instrument lacks. */
    static String notAScaleOf(InstrumentDefinition definition) {
        return AdministrationTexts.notAScaleOf(definition);
    }

    static String contradictsCatalog(ScoreDirection published) {
        return "contradicts the catalog definition, which says " + published.wire();
    }

    /** @param key the series the entry is about, "instrument/scale" */
    static String repeatsMeasure(String key) {
        return "repeats measure " + key;
    }
}
