package org.measura.trends;

/**
 * The formulas of docs/reference/change-methods.md, unrounded, exactly as written there. {@code x1} pre score,
 * {@code x2} post score, {@code m1}/{@code sd1} reference (pre) mean and SD, {@code m2}/{@code sd2} post mean and SD,
 * {@code rxx} reliability, {@code ryy} post reliability, {@code r12} pre–post correlation, {@code direction} +1 when
 * higher is better and −1 when lower is better.
 */
public final class ChangeIndices {

    private ChangeIndices() {
    }

    // §1 Jacobson–Truax

    /** SE_m = SD₁ · √(1 − r_xx). */
    public static double standardError(double sd1, double rxx) {
        return sd1 * Math.sqrt(1 - rxx);
    }

    /** S_diff = √(2 · SE_m²). */
    public static double differenceSd(double sd1, double rxx) {
        double se = standardError(sd1, rxx);
        return Math.sqrt(2 * se * se);
    }

    /** RCI = (X₂ − X₁) / S_diff. */
    public static double jacobsonTruax(double x1, double x2, double sd1, double rxx) {
        return (x2 - x1) / differenceSd(sd1, rxx);
    }

    // §4 regression-to-the-mean-aware indices

    /** GLN: [(X₂ − M₁) − r_xx·(X₁ − M₁)] / (SD₁·√(1 − r_xx²)). */
    public static double gulliksenLordNovick(double x1, double x2, double m1, double sd1, double rxx) {
        return ((x2 - m1) - rxx * (x1 - m1)) / (sd1 * Math.sqrt(1 - rxx * rxx));
    }

    /** HLL: [(X₂ − M₂) − r_xx·(X₁ − M₁)] / (SD₁·√(1 − r_xx²)). */
    public static double hsuLinnLord(double x1, double x2, double m1, double m2, double sd1, double rxx) {
        return ((x2 - m2) - rxx * (x1 - m1)) / (sd1 * Math.sqrt(1 - rxx * rxx));
    }

    /** EN: [X₂ − (r_xx·(X₁ − M₁) + M₁)] / (SD₁·√(1 − r_xx)). */
    public static double edwardsNunnally(double x1, double x2, double m1, double sd1, double rxx) {
        return (x2 - (rxx * (x1 - m1) + m1)) / (sd1 * Math.sqrt(1 - rxx));
    }

    /** NK: [X₂ − (r_xx·(X₁ − M₁) + M₁)] / √(r_xx²·SD₁²·(1 − r_xx) + SD₁²·(1 − r_yy)). */
    public static double nunnallyKotsch(double x1, double x2, double m1, double sd1, double rxx, double ryy) {
        double denominator = Math.sqrt(rxx * rxx * sd1 * sd1 * (1 - rxx) + sd1 * sd1 * (1 - ryy));
        return (x2 - (rxx * (x1 - m1) + m1)) / denominator;
    }

    // §5 Hageman & Arrindell

    /** r_xx1 = (SD₁² − SE²)/SD₁² with SE = SD₁·√(1 − r_xx); likewise r_xx2 with SD₂. */
    public static double haReliabilityAt(double sd, double se) {
        return (sd * sd - se * se) / (sd * sd);
    }

    /** r_dd = (SD₁²·r_xx1 + SD₂²·r_xx2 − 2·SD₁·SD₂·r₁₂) / (SD₁² + SD₂² − 2·SD₁·SD₂·r₁₂). */
    public static double haReliabilityOfDifference(double sd1, double sd2, double rxx, double r12) {
        double se = standardError(sd1, rxx);
        double rxx1 = haReliabilityAt(sd1, se);
        double rxx2 = haReliabilityAt(sd2, se);
        double cross = 2 * sd1 * sd2 * r12;
        return (sd1 * sd1 * rxx1 + sd2 * sd2 * rxx2 - cross) / (sd1 * sd1 + sd2 * sd2 - cross);
    }

    /** RC_ID = [(X₂ − X₁)·r_dd + (M₂ − M₁)·(1 − r_dd)] / (√r_dd · √(2·SE²)). */
    public static double hagemanArrindell(double x1, double x2, double m1, double m2, double sd1, double sd2,
            double rxx, double r12) {
        double se = standardError(sd1, rxx);
        double rdd = haReliabilityOfDifference(sd1, sd2, rxx, r12);
        return ((x2 - x1) * rdd + (m2 - m1) * (1 - rdd)) / (Math.sqrt(rdd) * Math.sqrt(2 * se * se));
    }

    /** CS_indiv = [M₂ + (X₂ − M₂)·r_xx2 − cutoff] / (√r_xx2 · SE). */
    public static double haIndividualSignificance(double x2, double m2, double sd1, double sd2, double rxx,
            double cutoff) {
        double se = standardError(sd1, rxx);
        double rxx2 = haReliabilityAt(sd2, se);
        return (m2 + (x2 - m2) * rxx2 - cutoff) / (Math.sqrt(rxx2) * se);
    }

    // §2 cut-offs, written for either direction (the reference states them for lower-is-better)

    /** a = M_clin + direction·2·SD_clin (lower is better: M_clin − 2·SD_clin). */
    public static double cutoffA(double clinicalMean, double clinicalSd, int direction) {
        return clinicalMean + direction * 2 * clinicalSd;
    }

    /** b = M_func − direction·2·SD_func (lower is better: M_func + 2·SD_func; Jacobson &amp; Truax's SD_func). */
    public static double cutoffB(double functionalMean, double functionalSd, int direction) {
        return functionalMean - direction * 2 * functionalSd;
    }

    /** c = (SD_clin·M_func + SD_func·M_clin) / (SD_clin + SD_func). */
    public static double cutoffC(double clinicalMean, double clinicalSd, double functionalMean, double functionalSd) {
        return (clinicalSd * functionalMean + functionalSd * clinicalMean) / (clinicalSd + functionalSd);
    }

    /** Hageman–Arrindell "true" a: M_clin + direction·2·SD_clin·√r_clin, r_clin = (SD_clin² − SE²)/SD_clin². */
    public static double trueCutoffA(double clinicalMean, double clinicalSd, double se, int direction) {
        return clinicalMean + direction * 2 * clinicalSd * Math.sqrt(haReliabilityAt(clinicalSd, se));
    }

    /**
     * Hageman–Arrindell "true" b with the functional SD, consistent with {@link #cutoffB}: M_func −
     * direction·2·SD_func·√r_func. (The clinicalsignificance package uses SD_clin·√r_clin here — the SD divergence
     * noted in docs/reference/change-methods.md §2 and §5.)
     */
    public static double trueCutoffB(double functionalMean, double functionalSd, double se, int direction) {
        return functionalMean - direction * 2 * functionalSd * Math.sqrt(haReliabilityAt(functionalSd, se));
    }

    /** c_true = (SD_clin·√r_clin·M_func + SD_func·√r_func·M_clin) / (SD_clin·√r_clin + SD_func·√r_func). */
    public static double trueCutoffC(double clinicalMean, double clinicalSd, double functionalMean,
            double functionalSd, double se) {
        double wc = clinicalSd * Math.sqrt(haReliabilityAt(clinicalSd, se));
        double wf = functionalSd * Math.sqrt(haReliabilityAt(functionalSd, se));
        return (wc * functionalMean + wf * clinicalMean) / (wc + wf);
    }
}
