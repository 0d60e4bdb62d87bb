package org.measura.trends;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.measura.fault.FaultCode;

/**
 * The trend engine: plain Java, no HTTP. Give it every scale series of one client and the request's options; it returns
 * one {@link ScaleTrend} per series and, when PHQ-9 and GAD-7 totals are both present, the NHS Talking Therapies paired
 * classification. Formulas follow docs/reference/change-methods.md.
 *
 * <p>Usage by the REST layer: score the administrations, group scores by (instrument, scale) into {@link Point}s, build
 * each scale's {@link Psychometrics} with {@link PsychometricsResolver#fromCatalog} or {@link
 * PsychometricsResolver#fromCaller}, then call {@link #analyse(List, TrendOptions)}. A {@link TrendInputException}
 * carries field-level reasons for a 422 problem.
 */
public final class TrendEngine {

    /** At most this many points per scale (up to 500 administrations per request). */
    public static final int MAX_POINTS = 500;

    private final int maxPoints;

    /** The engine the service runs: at most {@link #MAX_POINTS} points per scale. */
    public TrendEngine() {
        this(MAX_POINTS);
    }

    /** An engine with another per-scale limit, for offline analyses and benchmarks of longer series. */
    public TrendEngine(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    public TrendReport analyse(List<ScaleSeries> series, TrendOptions options) throws TrendInputException {
        TrendOptions o = options == null ? TrendOptions.defaults() : options;
        List<FieldReason> reasons = new ArrayList<>();
        checkOptions(o, reasons);
        Set<String> keys = new HashSet<>();
        List<PreparedSeries> prepared = new ArrayList<>();
        for (ScaleSeries s : series) {
            if (!keys.add(s.key())) {
                reasons.add(FieldReason.series(FaultCode.DUPLICATE, s.key(), SeriesPart.SCALE,
                        FigureFaultTexts.GIVEN_TWICE));
            }
            checkFigures(s, reasons);
            prepared.add(PreparedSeries.prepare(s, maxPoints, reasons));
        }
        if (!reasons.isEmpty()) {
            throw new TrendInputException(reasons);
        }
        List<ReliableChangePlan> rcs = new ArrayList<>();
        List<CutoffPlan> cuts = new ArrayList<>();
        for (ScaleSeries s : series) {
            try {
                ReliableChangePlan rc = ReliableChangePlan.choose(s, o);
                rcs.add(rc);
                cuts.add(CutoffPlan.choose(s, o, rc));
            } catch (TrendInputException e) {
                reasons.addAll(e.reasons());
            }
        }
        if (!reasons.isEmpty()) {
            throw new TrendInputException(reasons);
        }
        List<ScaleTrend> trends = new ArrayList<>();
        PreparedSeries phq = null;
        PreparedSeries gad = null;
        for (int i = 0; i < series.size(); i++) {
            ScaleSeries s = series.get(i);
            trends.add(build(s, prepared.get(i), rcs.get(i), cuts.get(i), o));
            if (Phq9.applies(s)) {
                phq = prepared.get(i);
            } else if (TalkingTherapies.isGad7(s)) {
                gad = prepared.get(i);
            }
        }
        TalkingTherapiesOutcome tt = phq != null && gad != null ? TalkingTherapies.classify(phq, gad) : null;
        List<String> notes = new ArrayList<>();
        if (tt == null && (phq != null || gad != null)) {
            notes.add(TrendTexts.talkingTherapiesNeedsBoth(phq != null ? "PHQ-9" : "GAD-7"));
        }
        return new TrendReport(trends, tt, DefenseStyle.of(trends), null, notes);
    }

    /** One scale on its own (no NHS Talking Therapies pairing). */
    public ScaleTrend analyse(ScaleSeries series, TrendOptions options) throws TrendInputException {
        return analyse(List.of(series), options).scales().get(0);
    }

    private static void checkOptions(TrendOptions o, List<FieldReason> reasons) {
        if (o.criticalValue() != null && !(Double.isFinite(o.criticalValue()) && o.criticalValue() > 0)) {
            reasons.add(FieldReason.option(FaultCode.INVALID, TrendOption.CRITICAL_VALUE,
                    FigureFaultTexts.NUMBER_ABOVE_ZERO));
        }
        if (o.suddenGainAbsoluteCutoff() != null
                && !(Double.isFinite(o.suddenGainAbsoluteCutoff()) && o.suddenGainAbsoluteCutoff() > 0)) {
            reasons.add(FieldReason.option(FaultCode.INVALID, TrendOption.SUDDEN_GAIN_ABSOLUTE_CUTOFF,
                    FigureFaultTexts.NUMBER_ABOVE_ZERO));
        }
        double share = o.suddenGainRelativeShare();
        if (!(Double.isFinite(share) && share > 0 && share <= 1)) {
            reasons.add(FieldReason.option(FaultCode.INVALID, TrendOption.SUDDEN_GAIN_RELATIVE_SHARE,
                    FigureFaultTexts.SHARE));
        }
    }

    private static void checkFigures(ScaleSeries s, List<FieldReason> reasons) {
        Psychometrics p = s.psychometrics();
        reliability(s, FigureName.RELIABILITY, p.reliability(), reasons);
        reliability(s, FigureName.POST_RELIABILITY, p.postReliability(), reasons);
        positive(s, FigureName.REFERENCE_SD, p.referenceSd(), reasons);
        positive(s, FigureName.POST_SD, p.postSd(), reasons);
        positive(s, FigureName.CLINICAL_SD, p.clinicalSd(), reasons);
        positive(s, FigureName.FUNCTIONAL_SD, p.functionalSd(), reasons);
        for (FigureName name : List.of(FigureName.REFERENCE_MEAN, FigureName.POST_MEAN, FigureName.CLINICAL_MEAN,
                FigureName.FUNCTIONAL_MEAN)) {
            Figure f = ReliableChangePlan.figure(p, name);
            if (f != null && !Double.isFinite(f.value())) {
                reasons.add(FieldReason.figure(FaultCode.INVALID, s.key(), name, FigureFaultTexts.FINITE));
            }
        }
        Figure r12 = p.prePostCorrelation();
        if (r12 != null && !(r12.value() > -1 && r12.value() < 1)) {
            reasons.add(FieldReason.figure(FaultCode.INVALID, s.key(), FigureName.PRE_POST_CORRELATION,
                    FigureFaultTexts.CORRELATION));
        }
        if (p.reliableChangeThreshold() != null && !(p.reliableChangeThreshold().value() > 0)) {
            reasons.add(FieldReason.figure(FaultCode.INVALID, s.key(), FigureName.RELIABLE_CHANGE_THRESHOLD,
                    FigureFaultTexts.ABOVE_ZERO));
        }
        if (p.cutoff() != null && !Double.isFinite(p.cutoff().value())) {
            reasons.add(FieldReason.figure(FaultCode.INVALID, s.key(), FigureName.CUTOFF, FigureFaultTexts.FINITE));
        }
    }

    private static void reliability(ScaleSeries s, FigureName name, Figure f, List<FieldReason> reasons) {
        if (f != null && !(f.value() > 0 && f.value() < 1)) {
            reasons.add(FieldReason.figure(FaultCode.INVALID, s.key(), name, FigureFaultTexts.RELIABILITY));
        }
    }

    private static void positive(ScaleSeries s, FigureName name, Figure f, List<FieldReason> reasons) {
        if (f != null && !(Double.isFinite(f.value()) && f.value() > 0)) {
            reasons.add(FieldReason.figure(FaultCode.INVALID, s.key(), name, FigureFaultTexts.ABOVE_ZERO));
        }
    }

    private static ScaleTrend build(ScaleSeries s, PreparedSeries prep, ReliableChangePlan rc, CutoffPlan cut,
            TrendOptions o) {
        List<SeriesPoint> series = prep.sorted.stream().map(SeriesPoint::of).toList();
        List<String> notes = new ArrayList<>(s.psychometrics().notes());
        notes.addAll(prep.notes);
        int n = prep.sorted.size();
        String label = s.label() == null ? s.key() : s.label();
        if (n == 1) {
            Point only = prep.point(0);
            return new ScaleTrend(s.instrumentId(), s.scaleId(), label, s.direction(), 1, series,
                    TrendTexts.onlyOne(only),
                    rc.setup(), cut.used(), List.of(), null, null, null, List.of(), notes);
        }
        List<ChangeComparison> comparisons = new ArrayList<>();
        int last = prep.last();
        Point base = prep.point(prep.baseline);
        if (last != prep.baseline) {
            comparisons.add(compare(ComparisonKind.BASELINE_TO_LATEST, s, base, prep.point(last), rc, cut));
        } else {
            notes.add(TrendTexts.NO_BASELINE_TO_LATEST);
        }
        if (prep.termination != null && prep.termination != prep.baseline) {
            comparisons.add(compare(ComparisonKind.BASELINE_TO_TERMINATION, s, base,
                    prep.point(prep.termination), rc, cut));
        }
        for (int f : prep.followUps) {
            comparisons.add(compare(ComparisonKind.TERMINATION_TO_FOLLOW_UP, s,
                    prep.point(prep.termination), prep.point(f), rc, cut));
        }
        comparisons.add(compare(ComparisonKind.PREVIOUS_TO_LATEST, s, prep.point(last - 1),
                prep.point(last), rc, cut));
        Trajectory trajectory = trajectory(s, prep);
        SuddenChanges sudden = SuddenGains.detect(s, prep.sorted, rc, o);
        FollowUp followUp = FollowUps.analyse(s, prep, rc, cut, o);
        List<Classification> outcomes = Phq9.applies(s) ? Phq9.outcomes(s, prep) : List.of();
        Point latest = prep.point(last);
        String summary = TrendTexts.summary(Verdicts.of(s, comparisons, followUp, cut), n, prep.point(0), base, latest,
                prep.termination == null ? null : prep.point(prep.termination), prep.followUps.size(), rc.method,
                rc.missing, cut.value, cut.type);
        return new ScaleTrend(s.instrumentId(), s.scaleId(), label, s.direction(), n, series, summary, rc.setup(),
                cut.used(), comparisons, trajectory, sudden, followUp, outcomes, notes);
    }

    private static ChangeComparison compare(ComparisonKind kind, ScaleSeries s, Point a, Point b,
            ReliableChangePlan rc, CutoffPlan cut) {
        double x1 = a.score();
        double x2 = b.score();
        double change = x2 - x1;
        Double percent = x1 == 0 ? null : change / Math.abs(x1) * 100;
        ReliableChangeResult primary = rc.assess(x1, x2);
        ReliableChangeResult published = rc.assessPublished(x1, x2);
        ClinicalSignificance cs = Significance.classify(s, cut, rc, primary, x1, x2);
        String explanation = TrendTexts.comparison(kind, a, b, primary.explanation(), cs.explanation(),
                percent != null);
        return new ChangeComparison(kind, PointRef.of(a), PointRef.of(b), Texts.r2(change), Texts.r2(percent),
                primary, published, cs, explanation);
    }

    static Trajectory trajectory(ScaleSeries s, PreparedSeries prep) {
        int n = prep.sorted.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = ChronoUnit.DAYS.between(prep.point(0).date(), prep.point(i).date()) / 7.0;
            y[i] = prep.point(i).score();
        }
        double weeks = x[n - 1];
        Slopes.Fit fit = Slopes.leastSquares(x, y);
        Double theilSen = Slopes.theilSen(x, y);
        if (fit == null) {
            return new Trajectory(n, null, null, Texts.r2(weeks), TrendTexts.noSlope(n));
        }
        String label = s.label() == null ? s.key() : s.label();
        String explanation = TrendTexts.trajectory(n, weeks, label, fit.slope(), theilSen, s.direction());
        return new Trajectory(n, Texts.r3(fit.slope()), Texts.r3(theilSen), Texts.r2(weeks), explanation);
    }
}
