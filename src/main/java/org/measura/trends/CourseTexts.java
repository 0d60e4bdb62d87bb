package org.measura.trends;

import java.util.List;

/**
 * The words of reading a course as sent in {@link TrendAnalysis}: the reasons of the faults of its size and of its
 * options (stated after the field's name; adapters place a fault by its code and location, never by these words), and
 * the notes on an administration, or a scale of it, that could not be scored and is left out of the series, and on
 * risk items left unanswered.
 */
final class CourseTexts {

    private CourseTexts() {
    }

    static final String ADMINISTRATIONS_REQUIRED = "is required: at least one administration";
    static final String METHOD_INVALID = "must be one of jacobson-truax, published-threshold, gulliksen-lord-novick,"
            + " hsu-linn-lord, edwards-nunnally, nunnally-kotsch, hageman-arrindell";
    static final String CUTOFF_TYPE_INVALID = "must be a, b or c";

    static String tooManyAdministrations(int limit) {
        return tooMany(limit, "administrations");
    }

    static String tooManyMeasures(int limit) {
        return tooMany(limit, "measures");
    }

    static String tooManyCurves(int limit) {
        return tooMany(limit, "curves");
    }

    private static String tooMany(int limit, String what) {
        return "holds more than " + limit + " " + what;
    }

    /**
     * @param at     how the caller names the administration (e.g. {@code /administrations/3})
     * @param reason why the scale was not scored, as the scorer words it
     */
    static String scaleNotScored(String at, String instrument, String scale, String reason) {
        return at + ": " + instrument + " " + scale + " was not scored (" + reason + ") and is left out of its series.";
    }

    /** @param reasons why no scale could be scored, as the scorer words them */
    static String noScaleScored(String at, String instrument, List<String> reasons) {
        return at + ": no scale of " + instrument + " could be scored (" + String.join(" ", reasons)
                + "); the administration is left out of every series.";
    }

    /**
     * @param date      the administration's date as sent
     * @param statement what the unanswered risk items mean, as the scorer words it
     */
    static String unassessedRisk(String at, String date, String statement) {
        return at + " (" + date + "): " + statement;
    }

    /** The catalog's suggestion after a name it does not know: " (hint)", or nothing when there is none. */
    static String hint(String hint) {
        return hint == null ? "" : " (" + hint + ")";
    }
}
