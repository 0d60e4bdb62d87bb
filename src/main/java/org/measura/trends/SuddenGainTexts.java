package org.measura.trends;

/**
 * The words of the sudden-gain analysis, built from the figures {@link SuddenGains} computed: where the absolute
 * cut-off comes from, how sessions were numbered, why an analysis was not made, what was found, and for each interval
 * which criterion held by how much.
 */
final class SuddenGainTexts {

    private SuddenGainTexts() {
    }

    static final String FEWER_THAN_TWO_SESSIONS = "fewer than two numbered sessions.";
    static final String NO_ABSOLUTE_CUTOFF = "there is no absolute cut-off; send suddenGainAbsoluteCutoff, or"
            + " reliability and referenceSd (Jacobson–Truax), or a reliableChangeThreshold.";

    /** The absolute criterion from Jacobson–Truax: the critical value times S_diff. */
    static String cutoffFromJacobsonTruax(double critical, double differenceSd, double rawThreshold) {
        return "derived from the Jacobson–Truax reliable change: " + Texts.num(critical) + " × S_diff "
                + Texts.idx(differenceSd) + " = " + Texts.num(rawThreshold) + " (as suddengains define_crit1_cutoff)";
    }

    static String cutoffFromThreshold(ThresholdFigure threshold) {
        return "the reliable-change threshold: " + ReliableChangeTexts.describe(threshold);
    }

    static String numbering(boolean callerNumbers, long withoutSession, int sessions, boolean followUpsLeftOut) {
        String numbering;
        if (callerNumbers) {
            numbering = "the caller's session numbers (gaps are missed sessions)" + (withoutSession == 0 ? ""
                    : "; " + withoutSession + " administration" + (withoutSession == 1 ? "" : "s")
                            + " without a session number left out");
        } else {
            numbering = "no administration has a session number, so they are numbered 1–" + sessions
                    + " in date order (no session counts as missed)";
        }
        if (followUpsLeftOut) {
            numbering += "; follow-up administrations are not part of the session series";
        }
        return numbering;
    }

    static String notExamined(String reason) {
        return "Sudden gains and losses are not examined: " + reason;
    }

    static String summary(int examined, String numbering, boolean firstIntervalExamined, int gains, int losses,
            int candidates) {
        return examined + " session-to-session interval" + (examined == 1 ? "" : "s") + " examined ("
                + numbering + (firstIntervalExamined ? ""
                        : "; the interval from the first to the second measurement is not examined, as in"
                                + " suddengains by default")
                + "): " + gains + " sudden gain" + (gains == 1 ? "" : "s") + ", " + losses
                + " sudden loss" + (losses == 1 ? "" : "es")
                + (candidates == 0 ? "" : ", " + candidates + " interval"
                        + (candidates == 1 ? "" : "s") + " meeting the absolute and relative criteria but"
                        + " not the stability test")
                + ".";
    }

    /** The interval's criteria with their figures, the stability test and the reversal, in one sentence. */
    static String shift(String label, SuddenGains.Examined e) {
        int n = e.session();
        String kind = e.kind().wire();
        double a = e.pre().score();
        double d = e.change();
        double share = e.relativeShare();
        StringBuilder text = new StringBuilder("Sudden " + kind + " between sessions " + (n - 1) + " and " + n
                + ": " + Sentences.change(label, a, e.post().score()) + "; " + Texts.num(d) + " ≥ "
                + Texts.num(e.absoluteCutoff()) + " (absolute) and " + Texts.num(d) + " ≥ " + Texts.num(share * 100)
                + "% of " + Texts.num(a) + " = " + Texts.num(share * a) + " (relative)");
        SuddenGains.StabilityFigures st = e.stability();
        if (st == null) {
            text.append("; the stability test is switched off");
        } else if (!st.evaluated()) {
            int nPre = st.pointsBefore();
            text.append("; the stability test cannot be evaluated (").append(nPre).append(" point")
                    .append(nPre == 1 ? "" : "s").append(" in sessions ").append(n - 3).append("–").append(n - 1)
                    .append(", ").append(st.pointsAfter()).append(" in sessions ").append(n).append("–")
                    .append(n + 2).append("; at least 2 are needed on each side), so this is not counted as a sudden ")
                    .append(kind);
        } else {
            boolean stable = st.met();
            double t = st.tCritical();
            double pooled = st.pooledSd();
            text.append("; stability: the means of sessions ").append(n - 3).append("–").append(n - 1)
                    .append(" (").append(Texts.num(st.meanBefore())).append(", ").append(st.pointsBefore())
                    .append(" points) and ").append(n).append("–").append(n + 2).append(" (")
                    .append(Texts.num(st.meanAfter())).append(", ").append(st.pointsAfter())
                    .append(" points) differ by ").append(Texts.num(st.difference())).append(stable ? " > " : " ≤ ")
                    .append(Texts.idx(t)).append(" × pooled SD ").append(Texts.idx(pooled)).append(" = ")
                    .append(Texts.num(t * pooled)).append(" (t for df ").append(st.df()).append(")");
            if (!stable) {
                text.append(", so the stability test fails and this is not a sudden ").append(kind);
            }
        }
        if (e.confirmed()) {
            text.append(e.reversalSession() != null ? "; later reversed: session " + e.reversalSession() + " ("
                    + Texts.num(e.reversalScore()) + ") is back beyond the midpoint " + Texts.num(e.midpoint())
                    + ", so more than half of the " + kind + " was undone"
                    : "; not reversed: no later session is back beyond the midpoint " + Texts.num(e.midpoint()));
        }
        return text.append('.').toString();
    }
}
