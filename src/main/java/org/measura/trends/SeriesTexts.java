package org.measura.trends;

import java.time.LocalDate;
import java.util.List;

/**
 * The words of preparing a scale's series, built from what {@link PreparedSeries} found: the reasons of the faults
 * that stop the analysis, and the notes on which administration is the baseline and which follow-ups are used.
 */
final class SeriesTexts {

    private SeriesTexts() {
    }

    static final String IDS_REQUIRED = "instrument and scale ids are required";
    static final String DIRECTION_REQUIRED = "is required (lower-is-better or higher-is-better)";
    static final String NO_SCORE = "there is no score for this scale";
    static final String REQUIRED = "is required";
    static final String NEGATIVE_SESSION = "must not be negative";
    static final String SESSION_ON_TWO_DATES = "one session number on two dates";
    static final String SESSIONS_OUT_OF_ORDER = "the lower session number is dated after the higher one";
    static final String FOLLOW_UPS_WITHOUT_TERMINATION = "There are follow-up administrations but none is marked"
            + " termination, so there are no termination-to-follow-up comparisons and no follow-up metrics.";

    static String tooMany(int points, int maxPoints) {
        return "has " + points + " scores; at most " + maxPoints + " are analysed";
    }

    /** @param withoutSession both scores lack a session number (else they share one) */
    static String twoScoresOneDate(boolean withoutSession) {
        return "two scores on one date" + (withoutSession ? ", both without a session number" : " for one session")
                + ": which one counts cannot be decided";
    }

    static String terminations(List<LocalDate> dates) {
        return dates.size() + " administrations are marked termination ("
                + String.join(", ", dates.stream().map(LocalDate::toString).toList()) + "); at most one may be";
    }

    static String earliestIsBaseline(LocalDate earliest) {
        return "No administration is marked baseline, so the earliest (" + earliest + ") is the baseline.";
    }

    static String severalBaselines(int baselines, LocalDate earliest) {
        return baselines + " administrations are marked baseline; the earliest (" + earliest + ") is the baseline.";
    }

    static String beforeBaseline(int before, LocalDate baseline) {
        return before + " administration" + (before == 1 ? " is" : "s are") + " dated before the baseline ("
                + baseline + ").";
    }

    static String followUpNotAfterTermination(LocalDate followUp, LocalDate termination) {
        return "The follow-up administration on " + followUp + " is not after the termination (" + termination
                + "), so it is not used as a follow-up.";
    }
}
