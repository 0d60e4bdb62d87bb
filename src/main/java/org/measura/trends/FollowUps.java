package org.measura.trends;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Follow-up metrics, docs/reference/change-statistics.md §13 (the team's own definitions). E = termination score, F_k =
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
 * "Recovered at" a point means the baseline→point clinical-significance category is {@code recovered}.
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
        List<String> jtMissing = ReliableChangePlan.missingFor(s.psychometrics(), ReliableChangeMethod.JACOBSON_TRUAX);
        if (jtMissing.isEmpty()) {
            fu = rc.method == ReliableChangeMethod.JACOBSON_TRUAX ? rc
                    : ReliableChangePlan.forMethod(s, ReliableChangeMethod.JACOBSON_TRUAX, o,
                            "Jacobson–Truax, as docs/reference/change-statistics.md §13 defines the follow-up metrics.");
            method = "Jacobson–Truax between termination and each follow-up, with the same SE_m";
        } else {
            fu = rc;
            method = rc.method == null ? "none: reliable change cannot be judged (missing "
                    + String.join(", ", rc.missing) + ")"
                    : rc.method.label() + " (the primary method), because Jacobson–Truax, which §13 names, lacks "
                            + String.join(", ", jtMissing);
        }
        Boolean recoveredAtEnd = null;
        String endText;
        if (prep.termination == prep.baseline) {
            endText = "recovery at termination cannot be judged: the termination is the baseline, so there is no"
                    + " change to judge";
        } else {
            ReliableChangeResult toEnd = rc.assess(base.score(), end.score());
            ClinicalSignificance cs = Significance.classify(s, cut, rc, toEnd, base.score(), end.score());
            recoveredAtEnd = cs.category() == null ? null : cs.category() == Category.RECOVERED;
            endText = cs.category() == null
                    ? "recovery at termination cannot be judged: " + Significance.undecidedReason(toEnd, cut)
                    : "baseline to termination: " + Texts.uncapitalise(cs.explanation());
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
            String at = "at follow-up on " + f.date() + " (" + Texts.num(f.score()) + ")";
            Boolean maintained = Tri.and(Tri.not(deteriorated), Tri.or(Tri.not(recoveredAtEnd), functional));
            Boolean relapse = Tri.and(recoveredAtEnd, Tri.or(clinical, deteriorated));
            List<Classification> cls = new ArrayList<>();
            cls.add(new Classification("maintained", ComparisonKind.TERMINATION_TO_FOLLOW_UP, maintained,
                    maintainedText(maintained, deteriorated, recoveredAtEnd, functional, cut, at, change)));
            cls.add(new Classification("relapse", ComparisonKind.TERMINATION_TO_FOLLOW_UP, relapse,
                    relapseText(relapse, recoveredAtEnd, clinical, deteriorated, cut, at)));
            // Named apart from the scale's post-termination gain, which also counts the slope: "no gain" here and
            // "gain" there (by the slope) would read as one classification decided two ways.
            cls.add(new Classification("reliable-improvement-since-termination", ComparisonKind.TERMINATION_TO_FOLLOW_UP,
                    improved, improved == null ? "Reliable improvement since termination cannot be judged " + at
                            + ": " + Texts.uncapitalise(change.explanation())
                            : (improved ? "Reliable improvement since termination " : "No reliable improvement since"
                                    + " termination ") + at + ": " + change.explanation()));
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
        // very change reliable change already judges (docs/reference/change-statistics.md §13; docs/trends.md, Follow-up).
        boolean slopeTested = slope.significantInHealthyDirection() != null;
        Boolean slopeGain = slopeTested ? slope.significantInHealthyDirection() : Boolean.FALSE;
        Boolean gain = Tri.or(anyGain, slopeGain);
        List<Classification> overall = new ArrayList<>();
        overall.add(new Classification("recovered-at-termination", ComparisonKind.BASELINE_TO_TERMINATION, recoveredAtEnd,
                Texts.capitalise(endText)));
        String durableText;
        if (Boolean.TRUE.equals(durable)) {
            durableText = "Durable recovery: " + label + " was recovered at termination and at every follow-up"
                    + " (baseline to each follow-up is recovered).";
        } else if (Boolean.FALSE.equals(recoveredAtEnd)) {
            durableText = "No durable recovery: not recovered at termination.";
        } else if (firstNotRecovered != null && Boolean.FALSE.equals(durable)) {
            durableText = "No durable recovery: recovered at termination but not at the follow-up on "
                    + firstNotRecovered + ".";
        } else {
            durableText = "Durable recovery cannot be judged: recovery at termination or at a follow-up is"
                    + " undetermined.";
        }
        overall.add(new Classification("durable-recovery", null, durable, durableText));
        String gainText;
        if (Boolean.TRUE.equals(gain)) {
            gainText = "Post-termination gain: " + (Boolean.TRUE.equals(anyGain)
                    ? "reliable improvement from termination to at least one follow-up"
                    : "the post-termination slope is significantly in the healthy direction") + ".";
        } else if (Boolean.FALSE.equals(gain)) {
            gainText = "No post-termination gain: no reliable improvement from termination to "
                    + (prep.followUps.size() == 1 ? "the follow-up" : "any follow-up") + ", and "
                    + (slopeTested ? "the post-termination slope is not significantly in the healthy direction."
                            : "there are too few points after termination to test a slope (at least 3 are needed),"
                                    + " so only reliable change can show a gain.");
        } else {
            gainText = "Post-termination gain cannot be judged: reliable change after termination is not computable"
                    + " and " + (slopeTested ? "the post-termination slope is not significantly in the healthy"
                            + " direction." : "there are too few points after termination to test a slope.");
        }
        overall.add(new Classification("post-termination-gain", null, gain, gainText));
        return new FollowUp(PointRef.of(end), method, points, overall, slope);
    }

    private static String maintainedText(Boolean maintained, Boolean deteriorated, Boolean recoveredAtEnd,
            Boolean functional, CutoffPlan cut, String at, ReliableChangeResult change) {
        if (maintained == null) {
            return "Maintenance cannot be judged " + at + ": " + (deteriorated == null
                    ? "reliable change since termination is not computable"
                    : "recovery at termination or the cut-off is undetermined") + ".";
        }
        if (Boolean.TRUE.equals(deteriorated)) {
            return "Not maintained " + at + ": " + change.explanation();
        }
        if (Boolean.TRUE.equals(recoveredAtEnd) && !Boolean.TRUE.equals(functional)) {
            return "Not maintained " + at + ": recovered at termination but no longer on the healthy side of the"
                    + " cut-off (clinical side " + cut.clinicalSide + ").";
        }
        return "Maintained " + at + ": no reliable deterioration since termination"
                + (Boolean.TRUE.equals(recoveredAtEnd) ? " and still on the healthy side of the cut-off (clinical"
                        + " side " + cut.clinicalSide + ")" : "")
                + ".";
    }

    private static String relapseText(Boolean relapse, Boolean recoveredAtEnd, Boolean clinical,
            Boolean deteriorated, CutoffPlan cut, String at) {
        if (Boolean.FALSE.equals(recoveredAtEnd)) {
            return "No relapse " + at + ": relapse applies only to a client recovered at termination, and this one"
                    + " was not.";
        }
        if (relapse == null) {
            return "Relapse cannot be judged " + at + ": recovery at termination, the cut-off or reliable change is"
                    + " undetermined.";
        }
        if (relapse) {
            return "Relapse " + at + ": recovered at termination, but "
                    + (Boolean.TRUE.equals(clinical) ? "the score is back in the clinical range ("
                            + cut.clinicalSide + ")" : "the deterioration since termination is reliable")
                    + ".";
        }
        return "No relapse " + at + ": recovered at termination, not in the clinical range (" + cut.clinicalSide
                + ") and no reliable deterioration since.";
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
            return new PostTerminationSlope(n, null, null, null, null, null, null,
                    "No post-termination slope: the follow-ups share the termination's date.");
        }
        String per = Texts.num(fit.slope()) + " points per week over " + n + " points (termination and "
                + (n - 1) + " follow-up" + (n == 2 ? "" : "s") + ")";
        if (n < 3) {
            return new PostTerminationSlope(n, Texts.r3(fit.slope()), null, null, null, null, null,
                    "Post-termination slope " + per + "; its significance needs at least 3 points, so it is not"
                            + " tested.");
        }
        int df = n - 2;
        double tCrit = TwoTailedT.critical(df, 0.05);
        int dir = s.direction().sign();
        double se = fit.standardError();
        if (se == 0) {
            boolean healthy = dir * fit.slope() > 0;
            return new PostTerminationSlope(n, Texts.r3(fit.slope()), 0.0, df, null, Texts.r3(tCrit), healthy,
                    "Post-termination slope " + per + "; the points lie exactly on a line, so the slope is "
                            + (fit.slope() == 0 ? "zero" : "certain") + (healthy ? " and in the healthy direction."
                                    : " and not in the healthy direction."));
        }
        double t = fit.slope() / se;
        boolean significant = Math.abs(t) > tCrit;
        boolean healthy = significant && dir * fit.slope() > 0;
        return new PostTerminationSlope(n, Texts.r3(fit.slope()), Texts.r4(se), df, Texts.r3(t), Texts.r3(tCrit),
                healthy, "Post-termination slope " + per + ": t = " + Texts.idx(t) + " with df " + df
                        + " against ±" + Texts.idx(tCrit) + " (two-tailed α = .05), so it is "
                        + (healthy ? "significantly in the healthy direction"
                                : significant ? "significant but in the unhealthy direction"
                                        : "not significant")
                        + ".");
    }
}
