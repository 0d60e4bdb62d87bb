package org.measura.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sudden gains and losses by the Tang &amp; DeRubeis (1999) criteria as implemented in suddengains
 * (docs/reference/change-methods.md §7). For consecutive sessions n−1 → n, with d the change in the healthy
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
     * docs/reference/change-methods.md §7 (Lutz et al. 2013; suddengains): all six points present → df 4 → 2.776;
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
        long withoutSession = 0;
        if (anySession) {
            withoutSession = inSeries.stream().filter(p -> p.session() == null).count();
            for (Point p : inSeries) {
                if (p.session() != null) {
                    bySession.put(p.session(), p);
                }
            }
        } else {
            for (int i = 0; i < inSeries.size(); i++) {
                bySession.put(i + 1, inSeries.get(i));
            }
        }
        String numbering = SuddenGainTexts.numbering(anySession, withoutSession, inSeries.size(),
                inSeries.size() < sorted.size());
        double share = o.suddenGainRelativeShare();
        boolean stability = o.suddenGainStabilityTest();
        Cutoff crit1 = absoluteCutoff(s, rc, o);
        if (crit1.value() == null) {
            return SuddenChanges.notExamined(numbering, null, null, o, SuddenGainTexts.notExamined(crit1.source()));
        }
        if (bySession.size() < 2) {
            return SuddenChanges.notExamined(numbering, Texts.r2(crit1.value()), crit1.source(), o,
                    SuddenGainTexts.notExamined(SuddenGainTexts.FEWER_THAN_TWO_SESSIONS));
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
                Examined shift = examine(bySession, n, pre, e.getValue(), gain, dir, crit1.value(), share,
                        stability);
                if (shift == null) {
                    continue;
                }
                SuddenShift found = shift.toShift(SuddenGainTexts.shift(s.label(), shift));
                if (!found.confirmed()) {
                    candidates.add(found);
                } else if (gain) {
                    gains.add(found);
                } else {
                    losses.add(found);
                }
            }
        }
        String summary = SuddenGainTexts.summary(examined, numbering, o.suddenGainsFromFirstMeasurement(),
                gains.size(), losses.size(), candidates.size());
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
            return new Cutoff(jt.rawThreshold(),
                    SuddenGainTexts.cutoffFromJacobsonTruax(jt.critical, jt.differenceSd(), jt.rawThreshold()));
        }
        ThresholdFigure t = s.psychometrics().reliableChangeThreshold();
        if (t != null) {
            return new Cutoff(t.value(), SuddenGainTexts.cutoffFromThreshold(t));
        }
        return new Cutoff(null, SuddenGainTexts.NO_ABSOLUTE_CUTOFF);
    }

    /**
     * The stability test's figures, unrounded: the windows' sizes and means, and when both hold at least 2 points,
     * df, the critical t, the pooled SD, the healthy-direction difference of the means and whether it exceeds
     * t × pooled SD ({@code met}, null when not evaluated).
     */
    record StabilityFigures(int pointsBefore, int pointsAfter, Double meanBefore, Double meanAfter, Integer df,
            Double tCritical, Double pooledSd, Double difference, Boolean met) {

        boolean evaluated() {
            return met != null;
        }
    }

    /**
     * One interval that met the absolute and relative criteria, with every figure unrounded: session n and the
     * points n−1 and n, the change d in the shift's direction, the criteria it was held against, the stability test
     * (null when switched off) and, for a confirmed shift, the midpoint and the first later session beyond it (null
     * when none is).
     */
    record Examined(boolean gain, int session, Point pre, Point post, double change, double absoluteCutoff,
            double relativeShare, StabilityFigures stability, boolean confirmed, Double midpoint,
            Integer reversalSession, Double reversalScore) {

        ShiftKind kind() {
            return gain ? ShiftKind.GAIN : ShiftKind.LOSS;
        }

        SuddenShift toShift(String explanation) {
            SuddenShift.Interval interval = new SuddenShift.Interval(session - 1, session, pre.date(), post.date(),
                    Texts.r2(pre.score()), Texts.r2(post.score()));
            SuddenShift.Criteria criteria = new SuddenShift.Criteria(Texts.r2(change), true, true);
            SuddenShift.Stability tested = stability == null ? SuddenShift.Stability.off()
                    : new SuddenShift.Stability(stability.met(), stability.pointsBefore(), stability.pointsAfter(),
                            Texts.r2(stability.meanBefore()), Texts.r2(stability.meanAfter()),
                            Texts.r3(stability.pooledSd()), stability.tCritical());
            SuddenShift.Reversal reversal = confirmed
                    ? new SuddenShift.Reversal(reversalSession != null, reversalSession, Texts.r2(midpoint))
                    : SuddenShift.Reversal.notExamined();
            return new SuddenShift(kind(), interval, criteria, tested, confirmed, reversal, explanation);
        }
    }

    private static Examined examine(TreeMap<Integer, Point> bySession, int n, Point pre, Point post, boolean gain,
            int dir, double crit1, double share, boolean stabilityTest) {
        double a = pre.score();
        double b = post.score();
        int sign = gain ? dir : -dir;
        double d = sign * (b - a);
        boolean absolute = d >= crit1;
        boolean relative = d >= share * a;
        if (!(absolute && relative)) {
            return null;
        }
        StabilityFigures stability = null;
        if (stabilityTest) {
            List<Double> before = window(bySession, n - 3, n - 1);
            List<Double> after = window(bySession, n, n + 2);
            int nPre = before.size();
            int nPost = after.size();
            Double meanPre = mean(before);
            Double meanPost = mean(after);
            if (nPre < 2 || nPost < 2) {
                stability = new StabilityFigures(nPre, nPost, meanPre, meanPost, null, null, null, null, null);
            } else {
                int df = nPre + nPost - 2;
                double t = T_CRITICAL.get(df);
                double sPre = sampleSd(before, meanPre);
                double sPost = sampleSd(after, meanPost);
                double pooled = Math.sqrt(((nPre - 1) * sPre * sPre + (nPost - 1) * sPost * sPost) / df);
                double diff = sign * (meanPost - meanPre);
                stability = new StabilityFigures(nPre, nPost, meanPre, meanPost, df, t, pooled, diff,
                        diff > t * pooled);
            }
        }
        boolean confirmed = stability == null || Boolean.TRUE.equals(stability.met());
        Double midpoint = null;
        Integer reversalSession = null;
        Double reversalScore = null;
        if (confirmed) {
            midpoint = (a + b) / 2;
            for (Map.Entry<Integer, Point> later : bySession.tailMap(n, false).entrySet()) {
                // Reversal: a later score lies beyond the midpoint back towards the pre-gain score.
                if (sign * (later.getValue().score() - midpoint) < 0) {
                    reversalSession = later.getKey();
                    reversalScore = later.getValue().score();
                    break;
                }
            }
        }
        return new Examined(gain, n, pre, post, d, crit1, share, stability, confirmed, midpoint, reversalSession,
                reversalScore);
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
