package org.measura.trends;

import java.time.LocalDate;

/**
 * The words of the PHQ-9 response and remission outcomes, built from what {@link Phq9} decided: why response cannot
 * be judged, the change and its reduction against the 50 % needed, and the score against the remission bound.
 */
final class Phq9Texts {

    private Phq9Texts() {
    }

    static String responseUndefined(String label, double baseline) {
        return "Response cannot be judged: the baseline " + label + " is " + Texts.num(baseline)
                + ", so a percentage reduction is undefined.";
    }

    static String noReduction(String label, double x1, double x2) {
        return Sentences.change(label, x1, x2) + ", so there is no reduction; a response needs a reduction of 50% or"
                + " more, so this is not a response.";
    }

    /** @param reduction the share of the baseline score lost, 0.5 for a halving */
    static String reduction(String label, double x1, double x2, double reduction, boolean response) {
        return Sentences.change(label, x1, x2) + ", a reduction of " + Texts.num(reduction * 100)
                + "%; a reduction of 50% or more is a response, so this is " + (response ? "" : "not ") + "a response.";
    }

    /** @param where "latest" or "termination", the administration compared with baseline */
    static String remission(String label, String where, LocalDate date, double score, boolean remission) {
        return "The " + label + " score at the " + where + " administration (" + date + ") is " + Texts.num(score)
                + "; remission is a score below 5, so this is " + (remission ? "" : "not ") + "remission.";
    }
}
