package org.measura.trends;

import java.util.List;

/**
 * The words of a scale's trend as a whole, built from what {@link TrendEngine} computed: the summary after the
 * verdict, each comparison's sentence, the trajectory, and the notes on what could not be compared.
 */
final class TrendTexts {

    private TrendTexts() {
    }

    static final String NO_BASELINE_TO_LATEST =
            "The baseline is the latest administration, so there is no baseline-to-latest comparison.";

    static String onlyOne(Point only) {
        return "Not classified: only one administration (" + only.date() + ", score " + Texts.num(only.score())
                + "): the series is shown, but there is nothing to compare it with, so there are no comparisons,"
                + " no trajectory, no sudden gains and no follow-up results.";
    }

    /** @param present the one instrument of the pair present, PHQ-9 or GAD-7 */
    static String talkingTherapiesNeedsBoth(String present) {
        return "The NHS Talking Therapies paired classification needs both PHQ-9 and GAD-7 totals; only " + present
                + " is present.";
    }

    /**
     * The summary: the verdict, then the course (its span, baseline, latest, termination and follow-ups) and how
     * reliable change and the cut-off were judged.
     *
     * @param termination the termination's point, or null
     * @param method      the reliable-change method, or null with {@code missing} the figures it lacks
     * @param cutoff      the cut-off's value, or null
     */
    static String summary(String verdict, int n, Point first, Point base, Point latest, Point termination,
            int followUps, ReliableChangeMethod method, List<FigureName> missing, Double cutoff, String cutoffType) {
        return verdict + " " + n + " administrations from " + first.date() + " to " + latest.date() + "; baseline "
                + base.date() + " (" + Texts.num(base.score()) + "), latest " + latest.date() + " ("
                + Texts.num(latest.score()) + ")"
                + (termination == null ? "" : ", termination " + termination.date())
                + (followUps == 0 ? "" : ", " + followUps + " follow-up" + (followUps == 1 ? "" : "s"))
                + ". Reliable change: " + (method == null ? "not computable (missing " + Texts.names(", ", missing)
                        + ")" : method.label())
                + "; cut-off: " + (cutoff == null ? "none" : Texts.num(cutoff) + " (" + cutoffType + ")") + ".";
    }

    /** A comparison's sentence: its kind and dates, the reliable-change and clinical-significance sentences. */
    static String comparison(ComparisonKind kind, Point a, Point b, String reliableChange, String significance,
            boolean percentChange) {
        return kind.words() + " (" + a.date() + " to " + b.date() + "): " + reliableChange + " " + significance
                + (percentChange ? "" : " No percentage change: the start score is 0.");
    }

    static String noSlope(int n) {
        return "No slope: all " + n + " administrations share one date.";
    }

    /** The least-squares and Theil–Sen slopes per week in words, and the scale's direction. */
    static String trajectory(int n, double weeks, String label, double slope, double theilSen,
            ScoreDirection direction) {
        return "Over " + n + " administrations spanning " + Texts.num(weeks) + " weeks, " + label + " " + moved(slope)
                + " per week by least squares (Theil–Sen: " + moved(theilSen) + " per week); "
                + direction.wire().replace('-', ' ') + ".";
    }

    private static String moved(double slope) {
        if (Texts.plain(slope, 3).equals("0")) {
            return "did not change";
        }
        String size = Texts.plain(Math.abs(slope), 3);
        return (slope < 0 ? "fell by " : "rose by ") + size + (size.equals("1") ? " point" : " points");
    }
}
