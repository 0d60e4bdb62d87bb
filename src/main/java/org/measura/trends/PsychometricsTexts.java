package org.measura.trends;

import org.measura.catalog.Comparison;
import org.measura.catalog.Norm;
import org.measura.catalog.Reliability;

/**
 * The words of where each figure came from, built from what {@link PsychometricsResolver} chose: the basis of a
 * reliability, a norm, a cut-off or a threshold from the definition or the caller, and the notes on what the
 * definition lacks.
 */
final class PsychometricsTexts {

    private PsychometricsTexts() {
    }

    static final String NO_RECOVERY_CUTOFF =
            "The definition's cut-offs are not marked for recovery, so none of them is used for clinical significance.";
    static final String NO_DEFAULT_THRESHOLD =
            "The definition lists reliable-change thresholds but marks none as the default, so none is used.";
    static final String DEFAULT_THRESHOLD = "the definition's default published reliable-change threshold";
    static final String CALLER_CUTOFF = "caller-supplied cut-off";
    static final String CALLER_THRESHOLD = "caller-supplied reliable-change threshold";

    /** The source of a definition's figure that names none. */
    static String noSource(String instrumentId) {
        return instrumentId + " definition (no source given)";
    }

    /** @param count how many test-retest coefficients the definition has; the first is used */
    static String testRetest(Reliability r, int count) {
        return "test-retest reliability" + sample(r) + firstOf(count, "test-retest coefficients");
    }

    /** @param count how many alpha coefficients the definition has; the first is used */
    static String alpha(Reliability r, int count) {
        return "Cronbach's alpha" + sample(r) + "; the definition has no test-retest coefficient, and internal"
                + " consistency may be used (Martinovich et al. 1996)" + firstOf(count, "alpha coefficients");
    }

    static String clinicalNorm(Norm n, int count) {
        return "clinical norm '" + n.id() + "' (" + n.name() + ")"
                + firstOf(count, "clinical norms; send referenceMean/referenceSd to choose another");
    }

    /** @param hasGeneral the definition has a general-population norm, which Jacobson–Truax does not use */
    static String noClinicalNorm(boolean hasGeneral) {
        return "The definition has no clinical norm, so there is no reference SD for Jacobson–Truax and no clinical"
                + " mean for cut-offs a and c" + (hasGeneral ? "; the general-population norm is not used for"
                        + " Jacobson–Truax unless the caller sends it as referenceSd" : "")
                + ".";
    }

    static String functionalNorm(Norm n, int count) {
        return "functional norm '" + n.id() + "' (" + n.name() + ")" + firstOf(count, "functional norms");
    }

    static String generalNormAsFunctional(Norm n, int count) {
        return "general-population norm '" + n.id() + "' (" + n.name() + ") standing in for a functional sample (the"
                + " definition has no functional norm)"
                + firstOf(count, "general-population norms; send functionalMean/functionalSd to choose another");
    }

    static String recoveryCutoff(Comparison comparison, double value) {
        return "published recovery cut-off: " + comparison.wire() + " " + Texts.num(value) + " is the clinical side";
    }

    /** @param comparison the clinical side the caller stated, or null */
    static String callerCutoff(Comparison comparison, double value) {
        return comparison == null
                ? "supplied by the caller without saying which side is clinical; the strict tests of Jacobson & Truax"
                        + " apply (a score exactly on the cut-off is neither clinical nor functional)"
                : "supplied by the caller: " + comparison.wire() + " " + Texts.num(value) + " is the clinical side";
    }

    /** @param inclusive the caller said a change equal to the threshold counts */
    static String callerThreshold(double threshold, boolean inclusive) {
        return inclusive ? "supplied by the caller; a change of " + Texts.num(threshold) + " or more counts"
                : "supplied by the caller; a change must exceed " + Texts.num(threshold)
                        + " to count (no \"or more\" was given)";
    }

    private static String sample(Reliability r) {
        return r.sample() == null ? "" : " (" + r.sample() + ")";
    }

    private static String firstOf(int count, String what) {
        return count > 1 ? "; the first of " + count + " " + what + " in the definition" : "";
    }
}
