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
    final List<String> missing;
    final Double critical;
    final String criticalSource;
    final ThresholdFigure published;

    private ReliableChangePlan(ScaleSeries series, ReliableChangeMethod method, String choice, List<String> missing,
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
            List<String> miss = missingFor(p, chosen);
            if (!miss.isEmpty()) {
                List<FieldReason> reasons = new ArrayList<>();
                for (String field : miss) {
                    reasons.add(FieldReason.figureNeeded(s.key(), FigureName.ofWire(field), TrendOption.METHOD,
                            ReliableChangeTexts.neededByChosen(chosen)));
                }
                throw new TrendInputException(reasons);
            }
            if (chosen == ReliableChangeMethod.HAGEMAN_ARRINDELL) {
                checkHagemanArrindell(s);
            }
            return new ReliableChangePlan(s, chosen, ReliableChangeTexts.chosenByCaller(chosen), List.of(), options);
        }
        List<String> jtMissing = missingFor(p, ReliableChangeMethod.JACOBSON_TRUAX);
        if (jtMissing.isEmpty()) {
            return new ReliableChangePlan(s, ReliableChangeMethod.JACOBSON_TRUAX, ReliableChangeTexts.defaultMethod(),
                    List.of(), options);
        }
        ThresholdFigure t = p.reliableChangeThreshold();
        if (t != null) {
            return new ReliableChangePlan(s, ReliableChangeMethod.PUBLISHED_THRESHOLD,
                    ReliableChangeTexts.thresholdInstead(jtMissing, t), List.of(), options);
        }
        List<String> miss = new ArrayList<>(jtMissing);
        miss.add("reliableChangeThreshold");
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

    static List<String> missingFor(Psychometrics p, ReliableChangeMethod m) {
        List<String> miss = new ArrayList<>();
        for (String field : m.needs()) {
            if (field.equals("reliableChangeThreshold") ? p.reliableChangeThreshold() == null
                    : figure(p, field) == null) {
                miss.add(field);
            }
        }
        return miss;
    }

    static Figure figure(Psychometrics p, String name) {
        return switch (name) {
            case "reliability" -> p.reliability();
            case "referenceMean" -> p.referenceMean();
            case "referenceSd" -> p.referenceSd();
            case "postReliability" -> p.postReliability();
            case "postMean" -> p.postMean();
            case "postSd" -> p.postSd();
            case "prePostCorrelation" -> p.prePostCorrelation();
            case "clinicalMean" -> p.clinicalMean();
            case "clinicalSd" -> p.clinicalSd();
            case "functionalMean" -> p.functionalMean();
            case "functionalSd" -> p.functionalSd();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private double v(String name) {
        return figure(p, name).value();
    }

    private List<FigureUsed> figures(ReliableChangeMethod m) {
        List<FigureUsed> used = new ArrayList<>();
        for (String field : m.needs()) {
            if (!field.equals("reliableChangeThreshold")) {
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
        return ChangeIndices.standardError(v("referenceSd"), v("reliability"));
    }

    Double differenceSd() {
        return method == ReliableChangeMethod.JACOBSON_TRUAX ? ChangeIndices.differenceSd(v("referenceSd"),
                v("reliability")) : null;
    }

    Double reliabilityOfDifference() {
        return method == ReliableChangeMethod.HAGEMAN_ARRINDELL ? ChangeIndices.haReliabilityOfDifference(
                v("referenceSd"), v("postSd"), v("reliability"), v("prePostCorrelation")) : null;
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
                method == null ? null : figures(method), missing.isEmpty() ? null : missing, published);
    }

    /** The primary method's verdict on X₁ → X₂. */
    ReliableChangeResult assess(double x1, double x2) {
        if (method == null) {
            List<String> jt = missing.subList(0, missing.size() - 1);
            return ReliableChangeResult.notComputable(missing, choice,
                    ReliableChangeTexts.notComputable(series.label(), x1, x2, choice, jt));
        }
        if (method == ReliableChangeMethod.PUBLISHED_THRESHOLD) {
            return threshold(x1, x2, choice);
        }
        double index = index(method, x1, x2);
        ChangeStatus status = byIndex(index);
        String explanation = method == ReliableChangeMethod.JACOBSON_TRUAX
                ? ReliableChangeTexts.jacobsonTruax(series.label(), x1, x2, v("referenceSd"), v("reliability"),
                        differenceSd(), index, critical, rawThreshold(), status)
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
            case JACOBSON_TRUAX -> ChangeIndices.jacobsonTruax(x1, x2, v("referenceSd"), v("reliability"));
            case GULLIKSEN_LORD_NOVICK -> ChangeIndices.gulliksenLordNovick(x1, x2, v("referenceMean"),
                    v("referenceSd"), v("reliability"));
            case HSU_LINN_LORD -> ChangeIndices.hsuLinnLord(x1, x2, v("referenceMean"), v("postMean"),
                    v("referenceSd"), v("reliability"));
            case EDWARDS_NUNNALLY -> ChangeIndices.edwardsNunnally(x1, x2, v("referenceMean"), v("referenceSd"),
                    v("reliability"));
            case NUNNALLY_KOTSCH -> ChangeIndices.nunnallyKotsch(x1, x2, v("referenceMean"), v("referenceSd"),
                    v("reliability"), v("postReliability"));
            case HAGEMAN_ARRINDELL -> ChangeIndices.hagemanArrindell(x1, x2, v("referenceMean"), v("postMean"),
                    v("referenceSd"), v("postSd"), v("reliability"), v("prePostCorrelation"));
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
