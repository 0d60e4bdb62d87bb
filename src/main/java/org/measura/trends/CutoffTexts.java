package org.measura.trends;

import org.measura.catalog.Comparison;

/**
 * The words of the clinical cut-off, built from what {@link CutoffPlan} chose and computed: why a cut-off was used or
 * derived, each formula with the norms put in (docs/reference/change-methods.md §2, §5), the clinical side, and
 * the faults of a chosen cut-off type's figures.
 */
final class CutoffTexts {

    private CutoffTexts() {
    }

    static final String COMPUTED_SOURCE = "computed from the norms listed";

    static String neededByChosen(CutoffType type) {
        return "is needed by cut-off " + type.wire() + ", chosen in options, but is neither supplied nor in the definition";
    }

    static String chosenByCaller(CutoffType type) {
        return "cut-off type " + type.wire() + " chosen by the caller";
    }

    /** Why c, b or a was derived when no cut-off is published. */
    static String derivedFor(CutoffType type) {
        return switch (type) {
            case C -> "no published cut-off; c because clinical and functional norms exist";
            case B -> "no published cut-off and no clinical norm; b from the functional norm";
            case A -> "no published cut-off and no functional norm; a from the clinical norm";
        };
    }

    /** A published or caller cut-off with its clinical side; a caller's without a side counts a score on it as neither. */
    static String given(CutoffFigure cutoff, boolean caller, String side) {
        return (caller ? "The caller's cut-off " : "The published recovery cut-off '" + cutoff.id() + "' ("
                + cutoff.label() + ") ") + Texts.num(cutoff.value()) + "; the clinical side is " + side + "."
                + (cutoff.comparison() == null ? " The caller did not say which side is clinical, so a score"
                        + " exactly on the cut-off counts as neither clinical nor functional (Jacobson & Truax)."
                        : "");
    }

    static String none() {
        return "No cut-off: there is no published or caller cut-off, and neither clinical (clinicalMean, clinicalSd)"
                + " nor functional (functionalMean, functionalSd) norms to compute one from.";
    }

    static String sdBelowError(double standardError) {
        return "must exceed SE = " + Texts.idx(standardError) + " for the Hageman–Arrindell true cut-off";
    }

    /**
     * Jacobson–Truax's a, b or c with the norms put in.
     *
     * @param dir the scale's direction sign (−1 where lower is better)
     */
    static String formula(CutoffType type, int dir, Psychometrics p, double value) {
        String sign = dir < 0 ? "−" : "+";
        String fsign = dir < 0 ? "+" : "−";
        return switch (type) {
            case A -> "a = M_clin " + sign + " 2·SD_clin = " + Texts.num(p.clinicalMean().value()) + " " + sign + " 2·"
                    + Texts.num(p.clinicalSd().value()) + " = " + Texts.num(value);
            case B -> "b = M_func " + fsign + " 2·SD_func = " + Texts.num(p.functionalMean().value()) + " " + fsign
                    + " 2·" + Texts.num(p.functionalSd().value()) + " = " + Texts.num(value);
            case C -> {
                double sc = p.clinicalSd().value();
                double sf = p.functionalSd().value();
                yield "c = (SD_clin·M_func + SD_func·M_clin)/(SD_clin + SD_func) = (" + Texts.num(sc) + "·"
                        + Texts.num(p.functionalMean().value()) + " + " + Texts.num(sf) + "·"
                        + Texts.num(p.clinicalMean().value()) + ")/(" + Texts.num(sc) + " + " + Texts.num(sf) + ") = "
                        + Texts.num(value);
            }
        };
    }

    /**
     * Hageman–Arrindell's true a, b or c, with the reliability at the norm's SD ({@code reliabilityAt}; null for c,
     * whose formula names both without figures) and the standard error of measurement.
     */
    static String trueFormula(CutoffType type, int dir, Double reliabilityAt, double standardError, double value) {
        String sign = dir < 0 ? "−" : "+";
        String fsign = dir < 0 ? "+" : "−";
        String se = " with SE = SD₁·√(1 − r_xx) = " + Texts.idx(standardError);
        return switch (type) {
            case A -> "a_true = M_clin " + sign + " 2·SD_clin·√r_clin, r_clin = (SD_clin² − SE²)/SD_clin² = "
                    + Texts.idx(reliabilityAt) + se + ": " + Texts.num(value);
            case B -> "b_true = M_func " + fsign + " 2·SD_func·√r_func, r_func = (SD_func² − SE²)/SD_func² = "
                    + Texts.idx(reliabilityAt) + se + ": " + Texts.num(value);
            case C -> "c_true = (SD_clin·√r_clin·M_func + SD_func·√r_func·M_clin)/(SD_clin·√r_clin +"
                    + " SD_func·√r_func)" + se + ": " + Texts.num(value);
        };
    }

    /** How a computed cut-off was derived: why, the formula, and the clinical side. */
    static String derivation(String why, String formula, boolean trueCutoff, String side) {
        return Texts.capitalise(why) + ": " + formula
                + (trueCutoff ? " (Hageman–Arrindell true cut-off, because the method is Hageman–Arrindell)" : "")
                + "; the clinical side is " + side + ".";
    }

    /** The clinical side of a cut-off: by its comparison ("at or above 10"), else by the direction ("above 12.5"). */
    static String side(double value, Comparison comparison, int dir) {
        if (comparison != null) {
            return comparison.wire().replace('-', ' ') + " " + Texts.num(value);
        }
        return (dir < 0 ? "above " : "below ") + Texts.num(value);
    }
}
