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
 * "true" ones of docs/reference/change-statistics.md §5.
 *
 * <p>Tests: a published cut-off names its clinical side ({@code comparison}): a score on that side is clinical, any
 * other score functional. A computed cut-off (or a caller cut-off without a side) uses
 * docs/reference/change-statistics.md §2: clinical = direction·X &lt; direction·cutoff, functional = direction·X &gt;
 * direction·cutoff, so a score exactly on it is neither.
 */
final class CutoffPlan {

    final Double value;
    final String type;
    final Comparison comparison;
    final String clinicalSide;
    final String derivation;
    final String source;
    final List<FigureUsed> figures;
    final List<String> missing;
    private final int dir;

    private CutoffPlan(Double value, String type, Comparison comparison, String clinicalSide, String derivation,
            String source, List<FigureUsed> figures, List<String> missing, int dir) {
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
            List<String> miss = new ArrayList<>();
            if (t != CutoffType.B) {
                addMissing(p, miss, "clinicalMean", "clinicalSd");
            }
            if (t != CutoffType.A) {
                addMissing(p, miss, "functionalMean", "functionalSd");
            }
            if (!miss.isEmpty()) {
                List<FieldReason> reasons = new ArrayList<>();
                for (String field : miss) {
                    reasons.add(FieldReason.figureNeeded(s.key(), FigureName.ofWire(field), TrendOption.CUTOFF_TYPE,
                            "is needed by cut-off " + t.wire()
                            + ", chosen in options, but is neither supplied nor in the definition"));
                }
                throw new TrendInputException(reasons);
            }
            return compute(s, t, trueCutoffs, "cut-off type " + t.wire() + " chosen by the caller");
        }
        CutoffFigure published = p.cutoff();
        if (published != null) {
            boolean caller = Figure.CALLER.equals(published.source());
            String side = side(published.value(), published.comparison(), dir);
            String derivation = (caller ? "The caller's cut-off " : "The published recovery cut-off '"
                    + published.id() + "' (" + published.label() + ") ") + Texts.num(published.value())
                    + "; the clinical side is " + side + "."
                    + (published.comparison() == null ? " The caller did not say which side is clinical, so a score"
                            + " exactly on the cut-off counts as neither clinical nor functional (Jacobson & Truax)."
                            : "");
            return new CutoffPlan(published.value(), caller ? "caller-supplied" : "published",
                    published.comparison(), side, derivation, published.source(), null, null, dir);
        }
        if (clinical && functional) {
            return compute(s, CutoffType.C, trueCutoffs, "no published cut-off; c because clinical and functional"
                    + " norms exist");
        }
        if (functional) {
            return compute(s, CutoffType.B, trueCutoffs, "no published cut-off and no clinical norm; b from the"
                    + " functional norm");
        }
        if (clinical) {
            return compute(s, CutoffType.A, trueCutoffs, "no published cut-off and no functional norm; a from the"
                    + " clinical norm");
        }
        List<String> miss = new ArrayList<>();
        miss.add("cutoff");
        addMissing(p, miss, "clinicalMean", "clinicalSd", "functionalMean", "functionalSd");
        return new CutoffPlan(null, null, null, null, "No cut-off: there is no published or caller cut-off, and"
                + " neither clinical (clinicalMean, clinicalSd) nor functional (functionalMean, functionalSd) norms to"
                + " compute one from.", null, null, miss, dir);
    }

    private static void addMissing(Psychometrics p, List<String> miss, String... fields) {
        for (String f : fields) {
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
        String sign = dir < 0 ? "−" : "+";
        String fsign = dir < 0 ? "+" : "−";
        double value;
        String formula;
        if (!trueCutoff) {
            switch (t) {
                case A -> {
                    double m = p.clinicalMean().value();
                    double sd = p.clinicalSd().value();
                    value = ChangeIndices.cutoffA(m, sd, dir);
                    formula = "a = M_clin " + sign + " 2·SD_clin = " + Texts.num(m) + " " + sign + " 2·"
                            + Texts.num(sd) + " = " + Texts.num(value);
                }
                case B -> {
                    double m = p.functionalMean().value();
                    double sd = p.functionalSd().value();
                    value = ChangeIndices.cutoffB(m, sd, dir);
                    formula = "b = M_func " + fsign + " 2·SD_func = " + Texts.num(m) + " " + fsign + " 2·"
                            + Texts.num(sd) + " = " + Texts.num(value);
                }
                default -> {
                    double mc = p.clinicalMean().value();
                    double sc = p.clinicalSd().value();
                    double mf = p.functionalMean().value();
                    double sf = p.functionalSd().value();
                    value = ChangeIndices.cutoffC(mc, sc, mf, sf);
                    formula = "c = (SD_clin·M_func + SD_func·M_clin)/(SD_clin + SD_func) = (" + Texts.num(sc) + "·"
                            + Texts.num(mf) + " + " + Texts.num(sf) + "·" + Texts.num(mc) + ")/(" + Texts.num(sc)
                            + " + " + Texts.num(sf) + ") = " + Texts.num(value);
                }
            }
        } else {
            double se = ChangeIndices.standardError(p.referenceSd().value(), p.reliability().value());
            List<FieldReason> bad = new ArrayList<>();
            if (t != CutoffType.B && ChangeIndices.haReliabilityAt(p.clinicalSd().value(), se) <= 0) {
                bad.add(FieldReason.figure(FaultCode.INVALID, s.key(), FigureName.CLINICAL_SD,
                        "must exceed SE = " + Texts.idx(se)
                        + " for the Hageman–Arrindell true cut-off"));
            }
            if (t != CutoffType.A && ChangeIndices.haReliabilityAt(p.functionalSd().value(), se) <= 0) {
                bad.add(FieldReason.figure(FaultCode.INVALID, s.key(), FigureName.FUNCTIONAL_SD,
                        "must exceed SE = " + Texts.idx(se)
                        + " for the Hageman–Arrindell true cut-off"));
            }
            if (!bad.isEmpty()) {
                throw new TrendInputException(bad);
            }
            String seText = " with SE = SD₁·√(1 − r_xx) = " + Texts.idx(se);
            switch (t) {
                case A -> {
                    double m = p.clinicalMean().value();
                    double sd = p.clinicalSd().value();
                    value = ChangeIndices.trueCutoffA(m, sd, se, dir);
                    formula = "a_true = M_clin " + sign + " 2·SD_clin·√r_clin, r_clin = (SD_clin² − SE²)/SD_clin² = "
                            + Texts.idx(ChangeIndices.haReliabilityAt(sd, se)) + seText + ": " + Texts.num(value);
                }
                case B -> {
                    double m = p.functionalMean().value();
                    double sd = p.functionalSd().value();
                    value = ChangeIndices.trueCutoffB(m, sd, se, dir);
                    formula = "b_true = M_func " + fsign + " 2·SD_func·√r_func, r_func = (SD_func² − SE²)/SD_func² = "
                            + Texts.idx(ChangeIndices.haReliabilityAt(sd, se)) + seText + ": " + Texts.num(value);
                }
                default -> {
                    value = ChangeIndices.trueCutoffC(p.clinicalMean().value(), p.clinicalSd().value(),
                            p.functionalMean().value(), p.functionalSd().value(), se);
                    formula = "c_true = (SD_clin·√r_clin·M_func + SD_func·√r_func·M_clin)/(SD_clin·√r_clin +"
                            + " SD_func·√r_func)" + seText + ": " + Texts.num(value);
                }
            }
            figs.add(FigureUsed.of("referenceSd", p.referenceSd()));
            figs.add(FigureUsed.of("reliability", p.reliability()));
        }
        if (t != CutoffType.B) {
            figs.add(FigureUsed.of("clinicalMean", p.clinicalMean()));
            figs.add(FigureUsed.of("clinicalSd", p.clinicalSd()));
        }
        if (t != CutoffType.A) {
            figs.add(FigureUsed.of("functionalMean", p.functionalMean()));
            figs.add(FigureUsed.of("functionalSd", p.functionalSd()));
        }
        String type = t.wire() + (trueCutoff ? "-true" : "");
        String side = side(value, null, dir);
        return new CutoffPlan(value, type, null, side, Texts.capitalise(why) + ": " + formula
                + (trueCutoff ? " (Hageman–Arrindell true cut-off, because the method is Hageman–Arrindell)" : "")
                + "; the clinical side is " + side + ".", "computed from the norms listed", figs, null, dir);
    }

    static String side(double value, Comparison comparison, int dir) {
        if (comparison != null) {
            return comparison.wire().replace('-', ' ') + " " + Texts.num(value);
        }
        return (dir < 0 ? "above " : "below ") + Texts.num(value);
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
        return new CutoffUsed(Texts.r2(value), type, comparison, clinicalSide, derivation, source, figures, missing);
    }
}
