package org.measura.trends;

import java.util.ArrayList;
import java.util.List;
import org.measura.fault.FaultCode;

/**
 * Decides, once per scale, how reliable change is judged, then judges each comparison.
 *
 * <p>Method choice: a method the caller chose must have its figures, else {@link TrendInputException} names the
 * missing fields. Without a choice: Jacobson–Truax if reliability and reference SD exist; else the published fixed
 * threshold (saying which and why); else nothing is computable and every comparison says what is missing. The published
 * threshold, when there is one, is also judged alongside the primary method.
 *
 * <p>The words of the choice and of each verdict are built by {@link ReliableChangeTexts}.
 *
 * <p>Thresholds: a fixed threshold must be exceeded, or met when inclusive ("or more",
 * docs/reference/change-methods.md, conventions); an index must lie strictly beyond ± the critical value.
 */
final class ReliableChangePlan {

    private final ScaleSeries series;
    private final Psychometrics p;
    private final int dir;
    final ReliableChangeMethod method;
    final String choice;
    /** The figures a method would need, when none can be used (Jacobson–Truax's, then the fixed threshold). */
    final List<FigureName> missing;
    final Double critical;
    final String criticalSource;
    final ThresholdFigure published;

    private ReliableChangePlan(ScaleSeries series, ReliableChangeMethod method, String choice, List<FigureName> missing,
            TrendOptions options) {
        this.series = series;
        this.p = series.psychometrics();
        this.dir = series.direction().sign();
        this.method = method;
        this.choice = choice;
        this.missing = List.copyOf(missing);
        this.published = p.reliableChangeThreshold();
        if (method == null || method == ReliableChangeMethod.PUBLISHED_THRESHOLD) {
            critical = null;
            criticalSource = null;
        } else if (options.criticalValue() != null) {
            critical = options.criticalValue();
            criticalSource = Figure.CALLER;
        } else if (method == ReliableChangeMethod.HAGEMAN_ARRINDELL) {
            critical = TrendOptions.HAGEMAN_ARRINDELL_CRITICAL_VALUE;
            criticalSource = ReliableChangeTexts.CRITICAL_VALUE_HAGEMAN_ARRINDELL;
        } else {
            critical = TrendOptions.DEFAULT_CRITICAL_VALUE;
            criticalSource = ReliableChangeTexts.CRITICAL_VALUE_DEFAULT;
        }
    }

    /** The plan for a scale under the request's options. */
    static ReliableChangePlan choose(ScaleSeries s, TrendOptions options) throws TrendInputException {
        Psychometrics p = s.psychometrics();
        ReliableChangeMethod chosen = options.method();
        if (chosen != null) {
            List<FigureName> miss = missingFor(p, chosen);
            if (!miss.isEmpty()) {
                List<FieldReason> reasons = new ArrayList<>();
                for (FigureName field : miss) {
                    reasons.add(FieldReason.figureNeeded(s.key(), field, TrendOption.METHOD,
                            ReliableChangeTexts.neededByChosen(chosen)));
                }
                throw new TrendInputException(reasons);
            }
            if (chosen == ReliableChangeMethod.HAGEMAN_ARRINDELL) {
                checkHagemanArrindell(s);
            }
            return new ReliableChangePlan(s, chosen, ReliableChangeTexts.chosenByCaller(chosen), List.of(), options);
        }
        List<FigureName> jtMissing = missingFor(p, ReliableChangeMethod.JACOBSON_TRUAX);
        if (jtMissing.isEmpty()) {
            return new ReliableChangePlan(s, ReliableChangeMethod.JACOBSON_TRUAX, ReliableChangeTexts.defaultMethod(),
                    List.of(), options);
        }
        ThresholdFigure t = p.reliableChangeThreshold();
        if (t != null) {
            return new ReliableChangePlan(s, ReliableChangeMethod.PUBLISHED_THRESHOLD,
                    ReliableChangeTexts.thresholdInstead(jtMissing, t), List.of(), options);
        }
        List<FigureName> miss = new ArrayList<>(jtMissing);
        miss.add(FigureName.RELIABLE_CHANGE_THRESHOLD);
        return new ReliableChangePlan(s, null, ReliableChangeTexts.noMethod(jtMissing), miss, options);
    }

    /** A plan for one given method whose figures are known to exist (follow-up analysis uses Jacobson–Truax). */
    static ReliableChangePlan forMethod(ScaleSeries s, ReliableChangeMethod m, TrendOptions options, String choice) {
        return new ReliableChangePlan(s, m, choice, List.of(), options);
    }

    private static void checkHagemanArrindell(ScaleSeries s) throws TrendInputException {
        Psychometrics p = s.psychometrics();
        double sd1 = p.referenceSd().value();
        double rxx = p.reliability().value();
        double se = ChangeIndices.standardError(sd1, rxx);
        List<FieldReason> reasons = new ArrayList<>();
        if (ChangeIndices.haReliabilityAt(p.postSd().value(), se) <= 0) {
            reasons.add(FieldReason.figure(FaultCode.INVALID, s.key(), FigureName.POST_SD,
                    ReliableChangeTexts.postSdTooSmall(se)));
        } else {
            double rdd = ChangeIndices.haReliabilityOfDifference(sd1, p.postSd().value(), rxx,
                    p.prePostCorrelation().value());
            if (!(rdd > 0) || !Double.isFinite(rdd)) {
                reasons.add(FieldReason.figure(FaultCode.INVALID, s.key(), FigureName.PRE_POST_CORRELATION,
                        ReliableChangeTexts.differenceNotReliable(rdd)));
            }
        }
        if (!reasons.isEmpty()) {
            throw new TrendInputException(reasons);
        }
    }

    /** The figures of {@code m.needs()} the scale lacks, in that order. */
    static List<FigureName> missingFor(Psychometrics p, ReliableChangeMethod m) {
        List<FigureName> miss = new ArrayList<>();
        for (FigureName field : m.needs()) {
            if (!has(p, field)) {
                miss.add(field);
            }
        }
        return miss;
    }

    /** Whether the scale has figure {@code name} (the cut-off's side and the threshold's inclusiveness with them). */
    static boolean has(Psychometrics p, FigureName name) {
        return switch (name) {
            case CUTOFF -> p.cutoff() != null;
            case CUTOFF_COMPARISON -> p.cutoff() != null && p.cutoff().comparison() != null;
            case RELIABLE_CHANGE_THRESHOLD, RELIABLE_CHANGE_INCLUSIVE -> p.reliableChangeThreshold() != null;
            case RELIABILITY, REFERENCE_MEAN, REFERENCE_SD, POST_RELIABILITY, POST_MEAN, POST_SD, PRE_POST_CORRELATION,
                    CLINICAL_MEAN, CLINICAL_SD, FUNCTIONAL_MEAN, FUNCTIONAL_SD -> figure(p, name) != null;
        };
    }

    /**
     * The scale's figure {@code name}, null when it has none. The cut-off and the fixed threshold are not plain
     * figures ({@link Psychometrics#cutoff()}, {@link Psychometrics#reliableChangeThreshold()}).
     */
    static Figure figure(Psychometrics p, FigureName name) {
        return switch (name) {
            case RELIABILITY -> p.reliability();
            case REFERENCE_MEAN -> p.referenceMean();
            case REFERENCE_SD -> p.referenceSd();
            case POST_RELIABILITY -> p.postReliability();
            case POST_MEAN -> p.postMean();
            case POST_SD -> p.postSd();
            case PRE_POST_CORRELATION -> p.prePostCorrelation();
            case CLINICAL_MEAN -> p.clinicalMean();
            case CLINICAL_SD -> p.clinicalSd();
            case FUNCTIONAL_MEAN -> p.functionalMean();
            case FUNCTIONAL_SD -> p.functionalSd();
            case CUTOFF, CUTOFF_COMPARISON, RELIABLE_CHANGE_THRESHOLD, RELIABLE_CHANGE_INCLUSIVE ->
                    throw new IllegalArgumentException(name.wire() + " is not a plain figure");
        };
    }

    private double v(FigureName name) {
        return figure(p, name).value();
    }

    private List<FigureUsed> figures(ReliableChangeMethod m) {
        List<FigureUsed> used = new ArrayList<>();
        for (FigureName field : m.needs()) {
            if (field != FigureName.RELIABLE_CHANGE_THRESHOLD) {
                used.add(FigureUsed.of(field, figure(p, field)));
            }
        }
        return used;
    }

    /** SE_m for the index methods (all but the fixed threshold). */
    Double standardError() {
        if (method == null || method == ReliableChangeMethod.PUBLISHED_THRESHOLD) {
            return null;
        }
        return ChangeIndices.standardError(v(FigureName.REFERENCE_SD), v(FigureName.RELIABILITY));
    }

    Double differenceSd() {
        return method == ReliableChangeMethod.JACOBSON_TRUAX
                ? ChangeIndices.differenceSd(v(FigureName.REFERENCE_SD), v(FigureName.RELIABILITY)) : null;
    }

    Double reliabilityOfDifference() {
        return method == ReliableChangeMethod.HAGEMAN_ARRINDELL ? ChangeIndices.haReliabilityOfDifference(
                v(FigureName.REFERENCE_SD), v(FigureName.POST_SD), v(FigureName.RELIABILITY),
                v(FigureName.PRE_POST_CORRELATION)) : null;
    }

    /**
     * The change in score points that counts as reliable under the primary method: the fixed threshold, or for
     * Jacobson–Truax critical value × S_diff (to be exceeded). Null for the regression-based indices, whose
     * threshold depends on the start score.
     */
    Double rawThreshold() {
        if (method == ReliableChangeMethod.PUBLISHED_THRESHOLD) {
            return published.value();
        }
        if (method == ReliableChangeMethod.JACOBSON_TRUAX) {
            return critical * differenceSd();
        }
        return null;
    }

    ReliableChangeSetup setup() {
        Boolean inclusive = method == ReliableChangeMethod.PUBLISHED_THRESHOLD ? Boolean.valueOf(published.inclusive())
                : method == ReliableChangeMethod.JACOBSON_TRUAX ? Boolean.FALSE : null;
        return new ReliableChangeSetup(method, choice, critical, criticalSource, Texts.r2(rawThreshold()), inclusive,
                Texts.r4(standardError()), Texts.r4(differenceSd()), Texts.r4(reliabilityOfDifference()),
                method == null ? null : figures(method), missing.isEmpty() ? null : FigureName.wires(missing),
                published);
    }

    /** The primary method's verdict on X₁ → X₂. */
    ReliableChangeResult assess(double x1, double x2) {
        if (method == null) {
            List<FigureName> jt = missing.subList(0, missing.size() - 1);
            return ReliableChangeResult.notComputable(missing, choice,
                    ReliableChangeTexts.notComputable(series.label(), x1, x2, choice, jt));
        }
        if (method == ReliableChangeMethod.PUBLISHED_THRESHOLD) {
            return threshold(x1, x2, choice);
        }
        double index = index(method, x1, x2);
        ChangeStatus status = byIndex(index);
        String explanation = method == ReliableChangeMethod.JACOBSON_TRUAX
                ? ReliableChangeTexts.jacobsonTruax(series.label(), x1, x2, v(FigureName.REFERENCE_SD),
                        v(FigureName.RELIABILITY), differenceSd(), index, critical, rawThreshold(), status)
                : ReliableChangeTexts.index(series.label(), x1, x2, method, index, critical, status);
        Double threshold = method == ReliableChangeMethod.JACOBSON_TRUAX ? Texts.r2(rawThreshold()) : null;
        return ReliableChangeResult.byIndex(method, status,
                new ReliableChangeResult.IndexTest(Texts.r3(index), critical, criticalSource),
                new ReliableChangeResult.PointRule(threshold,
                        method == ReliableChangeMethod.JACOBSON_TRUAX ? Boolean.FALSE : null),
                new ReliableChangeResult.ErrorTerms(Texts.r4(standardError()), Texts.r4(differenceSd()),
                        Texts.r4(reliabilityOfDifference())),
                figures(method), choice, explanation);
    }

    /** The published threshold's verdict, reported alongside; null when there is none or it is the primary. */
    ReliableChangeResult assessPublished(double x1, double x2) {
        if (published == null || method == ReliableChangeMethod.PUBLISHED_THRESHOLD) {
            return null;
        }
        return threshold(x1, x2, ReliableChangeTexts.alongside(published));
    }

    private ReliableChangeResult threshold(double x1, double x2, String why) {
        ThresholdFigure t = published;
        double change = x2 - x1;
        ChangeStatus status;
        if (!t.reachedBy(change)) {
            status = ChangeStatus.NO_RELIABLE_CHANGE;
        } else {
            status = dir * change > 0 ? ChangeStatus.RELIABLE_IMPROVEMENT : ChangeStatus.RELIABLE_DETERIORATION;
        }
        String explanation = ReliableChangeTexts.threshold(series.label(), x1, x2, dir, t, status);
        return ReliableChangeResult.publishedThreshold(status, t.value(), t.inclusive(), why, explanation);
    }

    double index(ReliableChangeMethod m, double x1, double x2) {
        return switch (m) {
            case JACOBSON_TRUAX -> ChangeIndices.jacobsonTruax(x1, x2, v(FigureName.REFERENCE_SD),
                    v(FigureName.RELIABILITY));
            case GULLIKSEN_LORD_NOVICK -> ChangeIndices.gulliksenLordNovick(x1, x2, v(FigureName.REFERENCE_MEAN),
                    v(FigureName.REFERENCE_SD), v(FigureName.RELIABILITY));
            case HSU_LINN_LORD -> ChangeIndices.hsuLinnLord(x1, x2, v(FigureName.REFERENCE_MEAN),
                    v(FigureName.POST_MEAN), v(FigureName.REFERENCE_SD), v(FigureName.RELIABILITY));
            case EDWARDS_NUNNALLY -> ChangeIndices.edwardsNunnally(x1, x2, v(FigureName.REFERENCE_MEAN),
                    v(FigureName.REFERENCE_SD), v(FigureName.RELIABILITY));
            case NUNNALLY_KOTSCH -> ChangeIndices.nunnallyKotsch(x1, x2, v(FigureName.REFERENCE_MEAN),
                    v(FigureName.REFERENCE_SD), v(FigureName.RELIABILITY), v(FigureName.POST_RELIABILITY));
            case HAGEMAN_ARRINDELL -> ChangeIndices.hagemanArrindell(x1, x2, v(FigureName.REFERENCE_MEAN),
                    v(FigureName.POST_MEAN), v(FigureName.REFERENCE_SD), v(FigureName.POST_SD),
                    v(FigureName.RELIABILITY), v(FigureName.PRE_POST_CORRELATION));
            case PUBLISHED_THRESHOLD -> throw new IllegalStateException("a fixed threshold has no index");
        };
    }

    /** Improvement if direction·index &gt; critical value, deterioration if direction·index &lt; −critical value. */
    ChangeStatus byIndex(double index) {
        if (dir * index > critical) {
            return ChangeStatus.RELIABLE_IMPROVEMENT;
        }
        if (dir * index < -critical) {
            return ChangeStatus.RELIABLE_DETERIORATION;
        }
        return ChangeStatus.NO_RELIABLE_CHANGE;
    }
}
