package org.measura.trends;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Follow-up metrics, docs/reference/change-methods.md §13 (the team's own definitions). E = termination score, F_k =
 * follow-up scores, reliable change E→F_k by Jacobson–Truax with the same SE_m (or, when its figures are missing, the
 * primary method, said so):
 * <ul>
 * <li>maintained: no reliable deterioration E→F_k and (if recovered at E) still on the healthy side of the cut-off
 * at F_k;</li>
 * <li>relapse: recovered at E and (on the clinical side at F_k, or reliable deterioration E→F_k);</li>
 * <li>post-termination gain: reliable improvement E→F_k, or a post-termination slope significantly in the healthy
 * direction;</li>
 * <li>durable recovery: recovered at E and at every F_k.</li>
 * </ul>
 * "Recovered at" a point means the baseline→point clinical-significance category is {@code recovered}. The
 * sentences are built by {@link FollowUpTexts}.
 */
final class FollowUps {

    private FollowUps() {
    }

    static FollowUp analyse(ScaleSeries s, PreparedSeries prep, ReliableChangePlan rc, CutoffPlan cut,
            TrendOptions o) {
        if (prep.termination == null || prep.followUps.isEmpty()) {
            return null;
        }
        String label = s.label();
        Point base = prep.point(prep.baseline);
        Point end = prep.point(prep.termination);
        ReliableChangePlan fu;
        String method;
        List<FigureName> jtMissing = ReliableChangePlan.missingFor(s.psychometrics(),
                ReliableChangeMethod.JACOBSON_TRUAX);
        if (jtMissing.isEmpty()) {
            fu = rc.method == ReliableChangeMethod.JACOBSON_TRUAX ? rc
                    : ReliableChangePlan.forMethod(s, ReliableChangeMethod.JACOBSON_TRUAX, o,
                            FollowUpTexts.JACOBSON_TRUAX_CHOICE);
            method = FollowUpTexts.JACOBSON_TRUAX_METHOD;
        } else {
            fu = rc;
            method = FollowUpTexts.otherMethod(rc.method, rc.missing, jtMissing);
        }
        Boolean recoveredAtEnd = null;
        String endText;
        if (prep.termination == prep.baseline) {
            endText = FollowUpTexts.terminationIsBaseline();
        } else {
            ReliableChangeResult toEnd = rc.assess(base.score(), end.score());
            ClinicalSignificance cs = Significance.classify(s, cut, rc, toEnd, base.score(), end.score());
            recoveredAtEnd = cs.category() == null ? null : cs.category() == Category.RECOVERED;
            endText = cs.category() == null ? FollowUpTexts.recoveryUndecided(Significance.undecidedReason(toEnd, cut))
                    : FollowUpTexts.recoveryAtTermination(cs.explanation());
        }
        List<FollowUpPoint> points = new ArrayList<>();
        Boolean durable = recoveredAtEnd;
        Boolean anyGain = false;
        String firstNotRecovered = null;
        for (int index : prep.followUps) {
            Point f = prep.point(index);
            ReliableChangeResult change = fu.assess(end.score(), f.score());
            ClinicalSignificance fromBase = Significance.classify(s, cut, rc, rc.assess(base.score(), f.score()),
                    base.score(), f.score());
            Boolean recoveredHere = fromBase.category() == null ? null : fromBase.category() == Category.RECOVERED;
            ChangeStatus status = change.status();
            Boolean deteriorated = status == ChangeStatus.NOT_COMPUTABLE ? null
                    : status == ChangeStatus.RELIABLE_DETERIORATION;
            Boolean improved = status == ChangeStatus.NOT_COMPUTABLE ? null
                    : status == ChangeStatus.RELIABLE_IMPROVEMENT;
            Boolean clinical = cut.clinical(f.score());
            Boolean functional = cut.functional(f.score());
            String at = FollowUpTexts.at(f);
            Boolean maintained = Tri.and(Tri.not(deteriorated), Tri.or(Tri.not(recoveredAtEnd), functional));
            Boolean relapse = Tri.and(recoveredAtEnd, Tri.or(clinical, deteriorated));
            List<Classification> cls = new ArrayList<>();
            cls.add(new Classification("maintained", ComparisonKind.TERMINATION_TO_FOLLOW_UP, maintained,
                    FollowUpTexts.maintained(maintained, deteriorated, recoveredAtEnd, functional, cut.clinicalSide, at,
                            change)));
            cls.add(new Classification("relapse", ComparisonKind.TERMINATION_TO_FOLLOW_UP, relapse,
                    FollowUpTexts.relapse(relapse, recoveredAtEnd, clinical, cut.clinicalSide, at)));
            // Named apart from the scale's post-termination gain, which also counts the slope: "no gain" here and
            // "gain" there (by the slope) would read as one classification decided two ways.
            cls.add(new Classification("reliable-improvement-since-termination", ComparisonKind.TERMINATION_TO_FOLLOW_UP,
                    improved, FollowUpTexts.improvementSinceTermination(improved, at, change)));
            points.add(new FollowUpPoint(PointRef.of(f), ChronoUnit.DAYS.between(end.date(), f.date()), change,
                    fromBase.category(), cls));
            durable = Tri.and(durable, recoveredHere);
            if (firstNotRecovered == null && Boolean.FALSE.equals(recoveredHere)) {
                firstNotRecovered = f.date().toString();
            }
            anyGain = Tri.or(anyGain, improved);
        }
        PostTerminationSlope slope = slope(s, prep, end);
        // Fewer than 3 points (one follow-up, or follow-ups on the termination's date) leave no slope to test, so the
        // slope criterion is not met and reliable change alone decides; with one follow-up the slope would be the
        // very change reliable change already judges (docs/reference/change-methods.md §13; docs/trends.md, Follow-up).
        boolean slopeTested = slope.significantInHealthyDirection() != null;
        Boolean slopeGain = slopeTested ? slope.significantInHealthyDirection() : Boolean.FALSE;
        Boolean gain = Tri.or(anyGain, slopeGain);
        List<Classification> overall = new ArrayList<>();
        overall.add(new Classification("recovered-at-termination", ComparisonKind.BASELINE_TO_TERMINATION, recoveredAtEnd,
                Texts.capitalise(endText)));
        String durableText = FollowUpTexts.durable(durable, recoveredAtEnd, firstNotRecovered, label);
        overall.add(new Classification("durable-recovery", null, durable, durableText));
        String gainText = FollowUpTexts.gain(gain, anyGain, slopeTested, prep.followUps.size());
        overall.add(new Classification("post-termination-gain", null, gain, gainText));
        return new FollowUp(PointRef.of(end), method, points, overall, slope);
    }

    /** Least-squares slope over termination and follow-ups, t-tested (df = n − 2). */
    static PostTerminationSlope slope(ScaleSeries s, PreparedSeries prep, Point end) {
        List<Point> pts = new ArrayList<>();
        pts.add(end);
        for (int index : prep.followUps) {
            pts.add(prep.point(index));
        }
        int n = pts.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = ChronoUnit.DAYS.between(end.date(), pts.get(i).date()) / 7.0;
            y[i] = pts.get(i).score();
        }
        Slopes.Fit fit = Slopes.leastSquares(x, y);
        if (fit == null) {
            return new PostTerminationSlope(n, null, null, null, null, null, null, FollowUpTexts.noSlope());
        }
        if (n < 3) {
            return new PostTerminationSlope(n, Texts.r3(fit.slope()), null, null, null, null, null,
                    FollowUpTexts.slopeUntested(fit.slope(), n));
        }
        int df = n - 2;
        double tCrit = TwoTailedT.critical(df, 0.05);
        int dir = s.direction().sign();
        double se = fit.standardError();
        if (se == 0) {
            boolean healthy = dir * fit.slope() > 0;
            return new PostTerminationSlope(n, Texts.r3(fit.slope()), 0.0, df, null, Texts.r3(tCrit), healthy,
                    FollowUpTexts.slopeExact(fit.slope(), n, healthy));
        }
        double t = fit.slope() / se;
        boolean significant = Math.abs(t) > tCrit;
        boolean healthy = significant && dir * fit.slope() > 0;
        return new PostTerminationSlope(n, Texts.r3(fit.slope()), Texts.r4(se), df, Texts.r3(t), Texts.r3(tCrit),
                healthy, FollowUpTexts.slopeTested(fit.slope(), n, t, df, tCrit, healthy, significant));
    }
}
