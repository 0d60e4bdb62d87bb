package org.measura.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sudden gains and losses by the Tang &amp; DeRubeis (1999) criteria as implemented in suddengains
 * (docs/reference/change-statistics.md §7). For consecutive sessions n−1 → n, with d the change in the healthy
 * direction (lower is better: X_{n−1} − X_n):
 * <ol>
 * <li>absolute: d ≥ the absolute cut-off;</li>
 * <li>relative: d ≥ share · X_{n−1} (share 0.25 by default);</li>
 * <li>stability: healthy-direction difference of the means of sessions n−3…n−1 and n…n+2 &gt; t_crit · s_pooled,
 * s_pooled = √(((n_pre−1)·s_pre² + (n_post−1)·s_post²)/(n_pre + n_post − 2)), no √(1/n₁+1/n₂) factor; t_crit from
 * {@link #T_CRITICAL}; not evaluated (and no sudden gain) with fewer than 2 points on a side.</li>
 * </ol>
 * Sudden losses are the mirror image (d taken in the unhealthy direction). Follow-up administrations are not part
 * of the session series.
 */
final class SuddenGains {

    /**
     * Two-tailed α = .05 critical values of t by df = n_pre + n_post − 2, as tabled in
     * docs/reference/change-statistics.md §7 (Lutz et al. 2013; suddengains): all six points present → df 4 → 2.776;
     * one missing on one side → df 3 → 3.182; one missing on both sides → df 2 → 4.303. These are the usual 3-decimal
     * table values of |qt(.025, df)|, kept as a table so results match the package's documented values exactly.
     */
    static final Map<Integer, Double> T_CRITICAL = Map.of(4, 2.776, 3, 3.182, 2, 4.303);

    private SuddenGains() {
    }

    private record Cutoff(Double value, String source) {
    }

    static SuddenChanges detect(ScaleSeries s, List<Point> sorted, ReliableChangePlan rc, TrendOptions o) {
        List<Point> inSeries = sorted.stream().filter(p -> p.phase() != Phase.FOLLOW_UP).toList();
        boolean anySession = inSeries.stream().anyMatch(p -> p.session() != null);
        TreeMap<Integer, Point> bySession = new TreeMap<>();
        String numbering;
        if (anySession) {
            long without = inSeries.stream().filter(p -> p.session() == null).count();
            for (Point p : inSeries) {
                if (p.session() != null) {
                    bySession.put(p.session(), p);
                }
            }
            numbering = "the caller's session numbers (gaps are missed sessions)" + (without == 0 ? ""
                    : "; " + without + " administration" + (without == 1 ? "" : "s")
                            + " without a session number left out");
        } else {
            for (int i = 0; i < inSeries.size(); i++) {
                bySession.put(i + 1, inSeries.get(i));
            }
            numbering = "no administration has a session number, so they are numbered 1–" + inSeries.size()
                    + " in date order (no session counts as missed)";
        }
        if (inSeries.size() < sorted.size()) {
            numbering += "; follow-up administrations are not part of the session series";
        }
        double share = o.suddenGainRelativeShare();
        boolean stability = o.suddenGainStabilityTest();
        Cutoff crit1 = absoluteCutoff(s, rc, o);
        if (crit1.value() == null) {
            return new SuddenChanges(false, numbering, null, null, share, stability,
                    o.suddenGainsFromFirstMeasurement(), 0, List.of(), List.of(), List.of(),
                    "Sudden gains and losses are not examined: " + crit1.source());
        }
        if (bySession.size() < 2) {
            return new SuddenChanges(false, numbering, Texts.r2(crit1.value()), crit1.source(), share, stability,
                    o.suddenGainsFromFirstMeasurement(), 0, List.of(), List.of(), List.of(),
                    "Sudden gains and losses are not examined: fewer than two numbered sessions.");
        }
        int dir = s.direction().sign();
        int first = bySession.firstKey();
        List<SuddenShift> gains = new ArrayList<>();
        List<SuddenShift> losses = new ArrayList<>();
        List<SuddenShift> candidates = new ArrayList<>();
        int examined = 0;
        for (Map.Entry<Integer, Point> e : bySession.entrySet()) {
            int n = e.getKey();
            Point pre = bySession.get(n - 1);
            if (pre == null || (!o.suddenGainsFromFirstMeasurement() && n - 1 == first)) {
                continue;
            }
            examined++;
            for (boolean gain : new boolean[] {true, false}) {
                SuddenShift shift = examine(s, bySession, n, pre, e.getValue(), gain, dir, crit1.value(), share,
                        stability);
                if (shift == null) {
                    continue;
                }
                if (!shift.confirmed()) {
                    candidates.add(shift);
                } else if (gain) {
                    gains.add(shift);
                } else {
                    losses.add(shift);
                }
            }
        }
        String summary = examined + " session-to-session interval" + (examined == 1 ? "" : "s") + " examined ("
                + numbering + (o.suddenGainsFromFirstMeasurement() ? ""
                        : "; the interval from the first to the second measurement is not examined, as in"
                                + " suddengains by default")
                + "): " + gains.size() + " sudden gain" + (gains.size() == 1 ? "" : "s") + ", " + losses.size()
                + " sudden loss" + (losses.size() == 1 ? "" : "es")
                + (candidates.isEmpty() ? "" : ", " + candidates.size() + " interval"
                        + (candidates.size() == 1 ? "" : "s") + " meeting the absolute and relative criteria but"
                        + " not the stability test")
                + ".";
        return new SuddenChanges(true, numbering, Texts.r2(crit1.value()), crit1.source(), share, stability,
                o.suddenGainsFromFirstMeasurement(), examined, gains, losses, candidates, summary);
    }

    private static Cutoff absoluteCutoff(ScaleSeries s, ReliableChangePlan rc, TrendOptions o) {
        if (o.suddenGainAbsoluteCutoff() != null) {
            return new Cutoff(o.suddenGainAbsoluteCutoff(), Figure.CALLER);
        }
        ReliableChangePlan jt = rc;
        if (rc.method != ReliableChangeMethod.JACOBSON_TRUAX && rc.method != ReliableChangeMethod.PUBLISHED_THRESHOLD
                && ReliableChangePlan.missingFor(s.psychometrics(), ReliableChangeMethod.JACOBSON_TRUAX).isEmpty()) {
            jt = ReliableChangePlan.forMethod(s, ReliableChangeMethod.JACOBSON_TRUAX, o.withMethod(null), "");
        }
        if (jt.method == ReliableChangeMethod.JACOBSON_TRUAX) {
            double sdiff = jt.differenceSd();
            return new Cutoff(jt.rawThreshold(), "derived from the Jacobson–Truax reliable change: "
                    + Texts.num(jt.critical) + " × S_diff " + Texts.idx(sdiff) + " = " + Texts.num(jt.rawThreshold())
                    + " (as suddengains define_crit1_cutoff)");
        }
        ThresholdFigure t = s.psychometrics().reliableChangeThreshold();
        if (t != null) {
            return new Cutoff(t.value(), "the reliable-change threshold: " + ReliableChangePlan.describe(t));
        }
        return new Cutoff(null, "there is no absolute cut-off; send suddenGainAbsoluteCutoff, or reliability and"
                + " referenceSd (Jacobson–Truax), or a reliableChangeThreshold.");
    }

    private static SuddenShift examine(ScaleSeries s, TreeMap<Integer, Point> bySession, int n, Point pre,
            Point post, boolean gain, int dir, double crit1, double share, boolean stabilityTest) {
        double a = pre.score();
        double b = post.score();
        int sign = gain ? dir : -dir;
        double d = sign * (b - a);
        boolean absolute = d >= crit1;
        boolean relative = d >= share * a;
        if (!(absolute && relative)) {
            return null;
        }
        String kind = gain ? "gain" : "loss";
        StringBuilder text = new StringBuilder("Sudden " + kind + " between sessions " + (n - 1) + " and " + n
                + ": " + Sentences.change(s.label(), a, b) + "; " + Texts.num(d) + " ≥ " + Texts.num(crit1)
                + " (absolute) and " + Texts.num(d) + " ≥ " + Texts.num(share * 100) + "% of " + Texts.num(a) + " = "
                + Texts.num(share * a) + " (relative)");
        Boolean stable = null;
        Integer nPre = null;
        Integer nPost = null;
        Double meanPre = null;
        Double meanPost = null;
        Double pooled = null;
        Double t = null;
        if (stabilityTest) {
            List<Double> before = window(bySession, n - 3, n - 1);
            List<Double> after = window(bySession, n, n + 2);
            nPre = before.size();
            nPost = after.size();
            meanPre = mean(before);
            meanPost = mean(after);
            if (nPre < 2 || nPost < 2) {
                text.append("; the stability test cannot be evaluated (").append(nPre).append(" point")
                        .append(nPre == 1 ? "" : "s").append(" in sessions ").append(n - 3).append("–").append(n - 1)
                        .append(", ").append(nPost).append(" in sessions ").append(n).append("–").append(n + 2)
                        .append("; at least 2 are needed on each side), so this is not counted as a sudden ")
                        .append(kind);
            } else {
                int df = nPre + nPost - 2;
                t = T_CRITICAL.get(df);
                double sPre = sampleSd(before, meanPre);
                double sPost = sampleSd(after, meanPost);
                pooled = Math.sqrt(((nPre - 1) * sPre * sPre + (nPost - 1) * sPost * sPost) / df);
                double diff = sign * (meanPost - meanPre);
                stable = diff > t * pooled;
                text.append("; stability: the means of sessions ").append(n - 3).append("–").append(n - 1)
                        .append(" (").append(Texts.num(meanPre)).append(", ").append(nPre).append(" points) and ")
                        .append(n).append("–").append(n + 2).append(" (").append(Texts.num(meanPost)).append(", ")
                        .append(nPost).append(" points) differ by ").append(Texts.num(diff)).append(stable ? " > " : " ≤ ")
                        .append(Texts.idx(t)).append(" × pooled SD ").append(Texts.idx(pooled)).append(" = ")
                        .append(Texts.num(t * pooled)).append(" (t for df ").append(df).append(")");
                if (!stable) {
                    text.append(", so the stability test fails and this is not a sudden ").append(kind);
                }
            }
        } else {
            text.append("; the stability test is switched off");
        }
        boolean confirmed = !stabilityTest || Boolean.TRUE.equals(stable);
        Boolean reversed = null;
        Integer reversalSession = null;
        Double midpoint = null;
        if (confirmed) {
            midpoint = (a + b) / 2;
            reversed = false;
            for (Map.Entry<Integer, Point> later : bySession.tailMap(n, false).entrySet()) {
                // Reversal: a later score lies beyond the midpoint back towards the pre-gain score.
                if (sign * (later.getValue().score() - midpoint) < 0) {
                    reversed = true;
                    reversalSession = later.getKey();
                    break;
                }
            }
            text.append(reversed ? "; later reversed: session " + reversalSession + " ("
                    + Texts.num(bySession.get(reversalSession).score()) + ") is back beyond the midpoint "
                    + Texts.num(midpoint) + ", so more than half of the " + kind + " was undone"
                    : "; not reversed: no later session is back beyond the midpoint " + Texts.num(midpoint));
        }
        text.append('.');
        return new SuddenShift(kind, n - 1, n, pre.date(), post.date(), Texts.r2(a), Texts.r2(b), Texts.r2(d),
                absolute, relative, stable, nPre, nPost, Texts.r2(meanPre), Texts.r2(meanPost), Texts.r3(pooled), t,
                confirmed, reversed, reversalSession, Texts.r2(midpoint), text.toString());
    }

    private static List<Double> window(TreeMap<Integer, Point> bySession, int from, int to) {
        List<Double> values = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            Point p = bySession.get(k);
            if (p != null) {
                values.add(p.score());
            }
        }
        return values;
    }

    private static Double mean(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    /** SD with n − 1 in the denominator (R's sd()). */
    private static double sampleSd(List<Double> values, double mean) {
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.size() - 1));
    }
}
