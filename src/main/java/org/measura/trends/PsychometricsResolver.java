package org.measura.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.measura.catalog.Cutoff;
import org.measura.catalog.Norm;
import org.measura.catalog.NormPopulation;
import org.measura.catalog.Reliability;
import org.measura.catalog.ReliabilityKind;
import org.measura.catalog.ReliableChange;
import org.measura.catalog.Scale;
import org.measura.fault.FaultCode;

/**
 * Builds {@link Psychometrics} from a catalog scale and the caller's overrides, saying where each figure came from.
 *
 * <ul>
 * <li>reliability: the test-retest coefficient if the definition has one, else Cronbach's alpha (Jacobson &amp; Truax
 * recommend test-retest; Martinovich et al. 1996 allow internal consistency — docs/reference/change-methods.md
 * §1);</li>
 * <li>reference mean/SD (M₁/SD₁) and clinical mean/SD: the scale's {@code clinical} norm. A general-population norm is
 * never used as SD₁ for Jacobson–Truax unless the caller sends it as {@code referenceSd};</li>
 * <li>functional mean/SD: a {@code functional} norm, else a {@code general} norm (the basis says which);</li>
 * <li>cut-off: the cut-off marked {@code recovery}; reliable-change threshold: the one marked {@code default}.</li>
 * </ul>
 * Caller figures replace catalog figures field by field and are marked {@value Figure#CALLER}.
 */
public final class PsychometricsResolver {

    private PsychometricsResolver() {
    }

    /** Figures of a built-in (or inline-defined) scale, with the caller's overrides applied. */
    public static Psychometrics fromCatalog(String instrumentId, Scale scale, CallerFigures overrides)
            throws TrendInputException {
        String where = instrumentId + "/" + scale.id();
        Psychometrics.Builder b = Psychometrics.builder();
        reliability(instrumentId, scale, b);
        norms(instrumentId, scale, b);
        cutoff(instrumentId, scale, b);
        threshold(instrumentId, scale, b);
        return applyCaller(where, b, overrides == null ? CallerFigures.none() : overrides);
    }

    /** Figures of a measure the caller defined itself (licensed or local scales): only what it sent. */
    public static Psychometrics fromCaller(String measureId, CallerFigures figures) throws TrendInputException {
        return applyCaller(measureId, Psychometrics.builder(), figures == null ? CallerFigures.none() : figures);
    }

    private static String from(String instrumentId, String sourceId) {
        return sourceId == null ? PsychometricsTexts.noSource(instrumentId) : sourceId;
    }

    private static void reliability(String instrumentId, Scale scale, Psychometrics.Builder b) {
        List<Reliability> retest = scale.reliability().stream().filter(r -> r.kind() == ReliabilityKind.TEST_RETEST).toList();
        List<Reliability> alpha = scale.reliability().stream().filter(r -> r.kind() == ReliabilityKind.ALPHA).toList();
        if (!retest.isEmpty()) {
            Reliability r = retest.get(0);
            b.reliability(new Figure(r.value(), from(instrumentId, r.source()),
                    PsychometricsTexts.testRetest(r, retest.size())));
        } else if (!alpha.isEmpty()) {
            Reliability r = alpha.get(0);
            b.reliability(new Figure(r.value(), from(instrumentId, r.source()),
                    PsychometricsTexts.alpha(r, alpha.size())));
        }
    }

    private static void norms(String instrumentId, Scale scale, Psychometrics.Builder b) {
        List<Norm> clinical = byPopulation(scale, NormPopulation.CLINICAL);
        List<Norm> functional = byPopulation(scale, NormPopulation.FUNCTIONAL);
        List<Norm> general = byPopulation(scale, NormPopulation.GENERAL);
        if (!clinical.isEmpty()) {
            Norm n = clinical.get(0);
            String basis = PsychometricsTexts.clinicalNorm(n, clinical.size());
            String source = from(instrumentId, n.source());
            b.referenceMean(new Figure(n.mean(), source, basis));
            b.referenceSd(new Figure(n.sd(), source, basis));
            b.clinicalMean(new Figure(n.mean(), source, basis));
            b.clinicalSd(new Figure(n.sd(), source, basis));
        } else {
            b.note(PsychometricsTexts.noClinicalNorm(!general.isEmpty()));
        }
        if (!functional.isEmpty()) {
            Norm n = functional.get(0);
            String basis = PsychometricsTexts.functionalNorm(n, functional.size());
            b.functionalMean(new Figure(n.mean(), from(instrumentId, n.source()), basis));
            b.functionalSd(new Figure(n.sd(), from(instrumentId, n.source()), basis));
        } else if (!general.isEmpty()) {
            Norm n = general.get(0);
            String basis = PsychometricsTexts.generalNormAsFunctional(n, general.size());
            b.functionalMean(new Figure(n.mean(), from(instrumentId, n.source()), basis));
            b.functionalSd(new Figure(n.sd(), from(instrumentId, n.source()), basis));
        }
    }

    private static List<Norm> byPopulation(Scale scale, NormPopulation population) {
        return scale.norms().stream().filter(n -> n.population() == population).toList();
    }

    private static void cutoff(String instrumentId, Scale scale, Psychometrics.Builder b) {
        Cutoff recovery = scale.cutoffs().stream().filter(Cutoff::isRecovery).findFirst().orElse(null);
        if (recovery != null) {
            b.cutoff(new CutoffFigure(recovery.value(), recovery.comparison(), recovery.id(), recovery.label(),
                    from(instrumentId, recovery.source()),
                    PsychometricsTexts.recoveryCutoff(recovery.comparison(), recovery.value())));
        } else if (!scale.cutoffs().isEmpty()) {
            b.note(PsychometricsTexts.NO_RECOVERY_CUTOFF);
        }
    }

    private static void threshold(String instrumentId, Scale scale, Psychometrics.Builder b) {
        ReliableChange def = scale.reliableChange().stream().filter(ReliableChange::isDefault).findFirst().orElse(null);
        if (def != null) {
            b.reliableChangeThreshold(new ThresholdFigure(def.threshold(), def.inclusive(), def.id(), def.label(),
                    from(instrumentId, def.source()), PsychometricsTexts.DEFAULT_THRESHOLD));
        } else if (!scale.reliableChange().isEmpty()) {
            b.note(PsychometricsTexts.NO_DEFAULT_THRESHOLD);
        }
    }

    private static Psychometrics applyCaller(String where, Psychometrics.Builder b, CallerFigures c)
            throws TrendInputException {
        List<FieldReason> reasons = new ArrayList<>();
        set(where, FigureName.RELIABILITY, c.reliability(), Range.RELIABILITY, reasons, b::reliability);
        set(where, FigureName.REFERENCE_MEAN, c.referenceMean(), Range.ANY, reasons, b::referenceMean);
        set(where, FigureName.REFERENCE_SD, c.referenceSd(), Range.POSITIVE, reasons, b::referenceSd);
        set(where, FigureName.POST_RELIABILITY, c.postReliability(), Range.RELIABILITY, reasons, b::postReliability);
        set(where, FigureName.POST_MEAN, c.postMean(), Range.ANY, reasons, b::postMean);
        set(where, FigureName.POST_SD, c.postSd(), Range.POSITIVE, reasons, b::postSd);
        set(where, FigureName.PRE_POST_CORRELATION, c.prePostCorrelation(), Range.CORRELATION, reasons,
                b::prePostCorrelation);
        set(where, FigureName.CLINICAL_MEAN, c.clinicalMean(), Range.ANY, reasons, b::clinicalMean);
        set(where, FigureName.CLINICAL_SD, c.clinicalSd(), Range.POSITIVE, reasons, b::clinicalSd);
        set(where, FigureName.FUNCTIONAL_MEAN, c.functionalMean(), Range.ANY, reasons, b::functionalMean);
        set(where, FigureName.FUNCTIONAL_SD, c.functionalSd(), Range.POSITIVE, reasons, b::functionalSd);
        if (c.cutoff() != null) {
            if (!Double.isFinite(c.cutoff())) {
                reasons.add(FieldReason.figure(FaultCode.INVALID, where, FigureName.CUTOFF, FigureFaultTexts.FINITE));
            } else {
                b.cutoff(new CutoffFigure(c.cutoff(), c.cutoffComparison(), "caller", PsychometricsTexts.CALLER_CUTOFF,
                        Figure.CALLER, PsychometricsTexts.callerCutoff(c.cutoffComparison(), c.cutoff())));
            }
        } else if (c.cutoffComparison() != null) {
            reasons.add(FieldReason.figure(FaultCode.CONFLICT, where, FigureName.CUTOFF_COMPARISON,
                    FigureFaultTexts.WITHOUT_CUTOFF));
        }
        if (c.reliableChangeThreshold() != null) {
            double t = c.reliableChangeThreshold();
            if (!(Double.isFinite(t) && t > 0)) {
                reasons.add(FieldReason.figure(FaultCode.INVALID, where, FigureName.RELIABLE_CHANGE_THRESHOLD,
                        FigureFaultTexts.NUMBER_ABOVE_ZERO));
            } else {
                boolean inclusive = Boolean.TRUE.equals(c.reliableChangeInclusive());
                b.reliableChangeThreshold(new ThresholdFigure(t, inclusive, "caller",
                        PsychometricsTexts.CALLER_THRESHOLD, Figure.CALLER,
                        PsychometricsTexts.callerThreshold(t, inclusive)));
            }
        } else if (c.reliableChangeInclusive() != null) {
            reasons.add(FieldReason.figure(FaultCode.CONFLICT, where, FigureName.RELIABLE_CHANGE_INCLUSIVE,
                    FigureFaultTexts.WITHOUT_THRESHOLD));
        }
        if (!reasons.isEmpty()) {
            throw new TrendInputException(reasons);
        }
        return b.build();
    }

    private enum Range {
        ANY, POSITIVE, RELIABILITY, CORRELATION
    }

    private static void set(String where, FigureName field, Double value, Range range, List<FieldReason> reasons,
            Consumer<Figure> setter) {
        if (value == null) {
            return;
        }
        String problem = problem(value, range);
        if (problem != null) {
            reasons.add(FieldReason.figure(FaultCode.INVALID, where, field, problem));
        } else {
            setter.accept(Figure.caller(value));
        }
    }

    static String problem(double value, Range range) {
        if (!Double.isFinite(value)) {
            return FigureFaultTexts.FINITE;
        }
        return switch (range) {
            case ANY -> null;
            case POSITIVE -> value > 0 ? null : FigureFaultTexts.ABOVE_ZERO;
            case RELIABILITY -> value > 0 && value < 1 ? null : FigureFaultTexts.RELIABILITY;
            case CORRELATION -> value > -1 && value < 1 ? null : FigureFaultTexts.CORRELATION;
        };
    }
}
