package org.measura.trends;

import java.util.ArrayList;
import java.util.List;
import org.measura.catalog.Comparison;
import org.measura.fault.FaultCode;

/**
 * The clinical cut-off of one scale and the clinical/functional tests against it.
 *
 * <p>Choice: an explicit {@code cutoffType} computes that formula (or fails naming the missing norms). Otherwise the
 * published recovery cut-off (or the caller's) is used; failing that c when clinical and functional norms exist, b with
 * functional norms only, a with clinical norms only. With Hageman–Arrindell as the method, computed cut-offs are the
 * "true" ones of docs/reference/change-methods.md §5.
 *
 * <p>Tests: a published cut-off names its clinical side ({@code comparison}): a score on that side is clinical, any
 * other score functional. A computed cut-off (or a caller cut-off without a side) uses
 * docs/reference/change-methods.md §2: clinical = direction·X &lt; direction·cutoff, functional = direction·X &gt;
 * direction·cutoff, so a score exactly on it is neither. The derivation's words are built by {@link CutoffTexts}.
 */
final class CutoffPlan {

    final Double value;
    final String type;
    final Comparison comparison;
    final String clinicalSide;
    final String derivation;
    final String source;
    final List<FigureUsed> figures;
    /** The figures a cut-off would need, when there is none; null otherwise. */
    final List<FigureName> missing;
    private final int dir;

    private CutoffPlan(Double value, String type, Comparison comparison, String clinicalSide, String derivation,
            String source, List<FigureUsed> figures, List<FigureName> missing, int dir) {
        this.value = value;
        this.type = type;
        this.comparison = comparison;
        this.clinicalSide = clinicalSide;
        this.derivation = derivation;
        this.source = source;
        this.figures = figures;
        this.missing = missing;
        this.dir = dir;
    }

    static CutoffPlan choose(ScaleSeries s, TrendOptions options, ReliableChangePlan rc) throws TrendInputException {
        Psychometrics p = s.psychometrics();
        int dir = s.direction().sign();
        boolean trueCutoffs = rc.method == ReliableChangeMethod.HAGEMAN_ARRINDELL;
        boolean clinical = p.clinicalMean() != null && p.clinicalSd() != null;
        boolean functional = p.functionalMean() != null && p.functionalSd() != null;
        if (options.cutoffType() != null) {
            CutoffType t = options.cutoffType();
            List<FigureName> miss = new ArrayList<>();
            if (t != CutoffType.B) {
                addMissing(p, miss, FigureName.CLINICAL_MEAN, FigureName.CLINICAL_SD);
            }
            if (t != CutoffType.A) {
                addMissing(p, miss, FigureName.FUNCTIONAL_MEAN, FigureName.FUNCTIONAL_SD);
            }
            if (!miss.isEmpty()) {
                List<FieldReason> reasons = new ArrayList<>();
                for (FigureName field : miss) {
                    reasons.add(FieldReason.figureNeeded(s.key(), field, TrendOption.CUTOFF_TYPE,
                            CutoffTexts.neededByChosen(t)));
                }
                throw new TrendInputException(reasons);
            }
            return compute(s, t, trueCutoffs, CutoffTexts.chosenByCaller(t));
        }
        CutoffFigure published = p.cutoff();
        if (published != null) {
            boolean caller = Figure.CALLER.equals(published.source());
            String side = CutoffTexts.side(published.value(), published.comparison(), dir);
            return new CutoffPlan(published.value(), caller ? "caller-supplied" : "published",
                    published.comparison(), side, CutoffTexts.given(published, caller, side), published.source(), null,
                    null, dir);
        }
        CutoffType derived = clinical && functional ? CutoffType.C : functional ? CutoffType.B
                : clinical ? CutoffType.A : null;
        if (derived != null) {
            return compute(s, derived, trueCutoffs, CutoffTexts.derivedFor(derived));
        }
        List<FigureName> miss = new ArrayList<>();
        miss.add(FigureName.CUTOFF);
        addMissing(p, miss, FigureName.CLINICAL_MEAN, FigureName.CLINICAL_SD, FigureName.FUNCTIONAL_MEAN,
                FigureName.FUNCTIONAL_SD);
        return new CutoffPlan(null, null, null, null, CutoffTexts.none(), null, null, miss, dir);
    }

    private static void addMissing(Psychometrics p, List<FigureName> miss, FigureName... fields) {
        for (FigureName f : fields) {
            if (ReliableChangePlan.figure(p, f) == null) {
                miss.add(f);
            }
        }
    }

    private static CutoffPlan compute(ScaleSeries s, CutoffType t, boolean trueCutoff, String why)
            throws TrendInputException {
        Psychometrics p = s.psychometrics();
        int dir = s.direction().sign();
        List<FigureUsed> figs = new ArrayList<>();
        double value;
        String formula;
        if (!trueCutoff) {
            value = switch (t) {
                case A -> ChangeIndices.cutoffA(p.clinicalMean().value(), p.clinicalSd().value(), dir);
                case B -> ChangeIndices.cutoffB(p.functionalMean().value(), p.functionalSd().value(), dir);
                case C -> ChangeIndices.cutoffC(p.clinicalMean().value(), p.clinicalSd().value(),
                        p.functionalMean().value(), p.functionalSd().value());
            };
            formula = CutoffTexts.formula(t, dir, p, value);
        } else {
            double se = ChangeIndices.standardError(p.referenceSd().value(), p.reliability().value());
            List<FieldReason> bad = new ArrayList<>();
            if (t != CutoffType.B && ChangeIndices.haReliabilityAt(p.clinicalSd().value(), se) <= 0) {
                bad.add(FieldReason.figure(FaultCode.INVALID, s.key(), FigureName.CLINICAL_SD,
                        CutoffTexts.sdBelowError(se)));
            }
            if (t != CutoffType.A && ChangeIndices.haReliabilityAt(p.functionalSd().value(), se) <= 0) {
                bad.add(FieldReason.figure(FaultCode.INVALID, s.key(), FigureName.FUNCTIONAL_SD,
                        CutoffTexts.sdBelowError(se)));
            }
            if (!bad.isEmpty()) {
                throw new TrendInputException(bad);
            }
            Double reliabilityAt = switch (t) {
                case A -> ChangeIndices.haReliabilityAt(p.clinicalSd().value(), se);
                case B -> ChangeIndices.haReliabilityAt(p.functionalSd().value(), se);
                case C -> null;
            };
            value = switch (t) {
                case A -> ChangeIndices.trueCutoffA(p.clinicalMean().value(), p.clinicalSd().value(), se, dir);
                case B -> ChangeIndices.trueCutoffB(p.functionalMean().value(), p.functionalSd().value(), se, dir);
                case C -> ChangeIndices.trueCutoffC(p.clinicalMean().value(), p.clinicalSd().value(),
                        p.functionalMean().value(), p.functionalSd().value(), se);
            };
            formula = CutoffTexts.trueFormula(t, dir, reliabilityAt, se, value);
            figs.add(FigureUsed.of(FigureName.REFERENCE_SD, p.referenceSd()));
            figs.add(FigureUsed.of(FigureName.RELIABILITY, p.reliability()));
        }
        if (t != CutoffType.B) {
            figs.add(FigureUsed.of(FigureName.CLINICAL_MEAN, p.clinicalMean()));
            figs.add(FigureUsed.of(FigureName.CLINICAL_SD, p.clinicalSd()));
        }
        if (t != CutoffType.A) {
            figs.add(FigureUsed.of(FigureName.FUNCTIONAL_MEAN, p.functionalMean()));
            figs.add(FigureUsed.of(FigureName.FUNCTIONAL_SD, p.functionalSd()));
        }
        String type = t.wire() + (trueCutoff ? "-true" : "");
        String side = CutoffTexts.side(value, null, dir);
        return new CutoffPlan(value, type, null, side, CutoffTexts.derivation(why, formula, trueCutoff, side),
                CutoffTexts.COMPUTED_SOURCE, figs, null, dir);
    }

    /** Where a score lies on the healthy side, in words ("below", "at or above"); null without a cut-off. */
    String healthySide() {
        if (value == null) {
            return null;
        }
        if (comparison == null) {
            return dir < 0 ? "below" : "above";
        }
        return switch (comparison) {
            case AT_OR_ABOVE -> "below";
            case ABOVE -> "at or below";
            case AT_OR_BELOW -> "above";
            case BELOW -> "at or above";
        };
    }

    /** clinical_pre; null without a cut-off. */
    Boolean clinical(double x) {
        if (value == null) {
            return null;
        }
        return comparison != null ? comparison.holds(x, value) : dir * x < dir * value;
    }

    /** functional_post; null without a cut-off. */
    Boolean functional(double x) {
        if (value == null) {
            return null;
        }
        return comparison != null ? !comparison.holds(x, value) : dir * x > dir * value;
    }

    CutoffUsed used() {
        return new CutoffUsed(Texts.r2(value), type, comparison, clinicalSide, derivation, source, figures,
                missing == null ? null : FigureName.wires(missing));
    }
}
