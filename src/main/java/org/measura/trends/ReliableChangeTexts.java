package org.measura.trends;

import java.util.List;

/**
 * The words of reliable change, built from what {@link ReliableChangePlan} chose and computed: why a method was used,
 * where the critical value comes from, what a chosen method lacks, and for each comparison the verdict with the
 * figures it rests on (docs/reference/change-methods.md).
 */
final class ReliableChangeTexts {

    private ReliableChangeTexts() {
    }

    static final String CRITICAL_VALUE_HAGEMAN_ARRINDELL = "default for Hageman–Arrindell "
            + "(Hageman & Arrindell 1999: maximum misclassification risk at α = .05)";
    static final String CRITICAL_VALUE_DEFAULT = "default: two-tailed α = .05 (Jacobson & Truax 1991)";

    static String chosenByCaller(ReliableChangeMethod method) {
        return method.label() + ", chosen by the caller.";
    }

    static String defaultMethod() {
        return "Jacobson–Truax, the default method.";
    }

    static String thresholdInstead(List<FigureName> jacobsonTruaxMissing, ThresholdFigure threshold) {
        return "Jacobson–Truax, the default, cannot be used (missing " + Texts.names(", ", jacobsonTruaxMissing)
                + "), so " + describe(threshold) + " is used instead.";
    }

    static String noMethod(List<FigureName> jacobsonTruaxMissing) {
        return "No reliable-change method can be used: Jacobson–Truax needs "
                + Texts.names(" and ", ReliableChangeMethod.JACOBSON_TRUAX.needs()) + " (missing "
                + Texts.names(", ", jacobsonTruaxMissing) + "), and there is no published reliable-change threshold.";
    }

    static String alongside(ThresholdFigure threshold) {
        return "Reported alongside the primary method: " + describe(threshold) + ".";
    }

    /** A figure the method chosen in options needs (the fault's reason). */
    static String neededByChosen(ReliableChangeMethod chosen) {
        return "is needed by " + chosen.label()
                + ", the method chosen in options, but is neither supplied nor in the definition";
    }

    static String postSdTooSmall(double standardError) {
        return "must exceed the standard error of measurement SE = SD₁·√(1 − r_xx) = " + Texts.idx(standardError)
                + " for Hageman–Arrindell (r_xx2 = (SD₂² − SE²)/SD₂² must be above 0)";
    }

    static String differenceNotReliable(double reliabilityOfDifference) {
        return "gives a reliability of the difference r_dd = " + Texts.idx(reliabilityOfDifference)
                + ", which must be above 0 for Hageman–Arrindell";
    }

    /** A published or caller threshold as a sentence names it. */
    static String describe(ThresholdFigure t) {
        String rule = t.inclusive() ? Texts.num(t.value()) + " or more points"
                : "more than " + Texts.num(t.value()) + " points";
        if (Figure.CALLER.equals(t.source())) {
            return "the caller's reliable-change threshold (" + rule + ")";
        }
        return "the definition's default published threshold '" + t.id() + "' (" + rule + "; source " + t.source()
                + ")";
    }

    /** No method applies: the change, why it cannot be judged, and what to supply. */
    static String notComputable(String label, double x1, double x2, String choice,
            List<FigureName> jacobsonTruaxMissing) {
        return Sentences.change(label, x1, x2) + "; whether this is reliable cannot be judged: "
                + Texts.uncapitalise(choice) + " Supply " + Texts.names(" and ", jacobsonTruaxMissing)
                + " (for Jacobson–Truax) or a " + FigureName.RELIABLE_CHANGE_THRESHOLD.wire() + ".";
    }

    /**
     * A fixed threshold's verdict on X₁ → X₂: the change, the rule in the direction that counts (a fall where lower
     * is better), and the verdict.
     *
     * @param dir the scale's direction sign (−1 where lower is better)
     */
    static String threshold(String label, double x1, double x2, int dir, ThresholdFigure t, ChangeStatus status) {
        double change = x2 - x1;
        String moved;
        String meaning;
        if (change < 0) {
            moved = "fall";
            meaning = dir < 0 ? "improvement" : "deterioration";
        } else if (change > 0) {
            moved = "rise";
            meaning = dir > 0 ? "improvement" : "deterioration";
        } else {
            moved = dir < 0 ? "fall" : "rise";
            meaning = "improvement";
        }
        String rule = "a " + moved + " of " + (t.inclusive() ? Texts.num(t.value()) + " or more"
                : "more than " + Texts.num(t.value())) + " is reliable " + meaning + " (" + t.label() + "; source "
                + t.source() + ")";
        String verdict = status == ChangeStatus.NO_RELIABLE_CHANGE
                ? (change == 0 ? "so this is not a reliable change"
                        : "this " + moved + " is smaller, so it is not a reliable change")
                : "so this is " + status.words();
        return Sentences.change(label, x1, x2) + "; " + rule + ", " + verdict + ".";
    }

    /** Jacobson–Truax's verdict with the reference SD, reliability, S_diff and the change in points it takes. */
    static String jacobsonTruax(String label, double x1, double x2, double referenceSd, double reliability,
            double differenceSd, double index, double critical, double rawThreshold, ChangeStatus status) {
        return Sentences.change(label, x1, x2) + "; with reference SD " + Texts.num(referenceSd) + " and reliability "
                + Texts.idx(reliability) + " (S_diff " + Texts.idx(differenceSd) + ") the reliable change index is "
                + Texts.idx(index) + "; beyond ±" + Texts.num(critical) + ", i.e. a change of more than "
                + Texts.num(rawThreshold) + " points, is reliable, so this is " + status.words() + ".";
    }

    /** Another index method's verdict. */
    static String index(String label, double x1, double x2, ReliableChangeMethod method, double index,
            double critical, ChangeStatus status) {
        return Sentences.change(label, x1, x2) + "; the " + method.label() + " index is " + Texts.idx(index)
                + "; beyond ±" + Texts.num(critical) + " is reliable, so this is " + status.words() + ".";
    }
}
