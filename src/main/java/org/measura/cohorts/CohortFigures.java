package org.measura.cohorts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.measura.cohorts.CohortReport.BenchmarkVerdict;
import org.measura.cohorts.CohortReport.EffectSize;
import org.measura.cohorts.CohortReport.Finished;
import org.measura.cohorts.CohortReport.FollowUpOutcome;
import org.measura.cohorts.CohortReport.GroupOutcome;
import org.measura.cohorts.CohortReport.MeasureOutcome;
import org.measura.cohorts.CohortReport.PairedOutcome;
import org.measura.cohorts.CohortReport.PrePost;
import org.measura.cohorts.CohortReport.Rate;
import org.measura.scoring.Decimals;

/**
 * The one place where a cohort's figures are computed, from its exact tally (docs/cohorts.md gives every formula and
 * its source). Sentences are built apart, in {@link CohortTexts}.
 */
final class CohortFigures {

    /** The normal quantile of the 95 % intervals, as the Wilson interval and the d interval conventionally use it. */
    static final double Z = 1.96;
    static final String FINISHED_RULE = "a course with a termination administration, or, when no administration of "
            + "the measure has a phase, two or more administrations; either way with a first and a last score";
    static final String D_METHOD = "Becker (1988) large-sample variance of the standardized mean change "
            + "(raw-score standardization): var(d) = 2(1 − r)/n + d²/(2n), 95 % interval d ± 1.96·√var(d)";

    static final List<String> METHODS = List.of(
            "Rates are counts over the denominator each names, with the Wilson score 95 % interval (Wilson 1927; z = "
                    + "1.96).",
            "Finished: " + FINISHED_RULE + ". The end is the termination administration, else the latest.",
            "Reliable improvement, no reliable change and reliable deterioration are each finished client's "
                    + "baseline-to-end verdict by the method its trend used (see reliableChangeMethods), over the "
                    + "clients who finished; recovery (NHS Talking Therapies) is at caseness at the start and on the "
                    + "healthy side of the cut-off at the end, over those who finished and were at caseness at the "
                    + "start; reliable recovery is recovery with reliable improvement, over the same clients.",
            "Pre–post figures are over the clients with a first and a last score; SDs divide by n − 1; d = mean "
                    + "change / SD at the start, signed so that a positive d is improvement; its interval by "
                    + D_METHOD + ", r the pre–post correlation.",
            "Scores enter the exact sums as reported, to 2 decimals; every figure follows from the partial.");

    private static final MathContext MC = MathContext.DECIMAL128;

    private CohortFigures() {
    }

    static GroupOutcome group(String label, GroupTally g, List<Benchmark> benchmarks) {
        List<MeasureOutcome> measures = new ArrayList<>();
        for (ScaleTally m : g.measures.values()) {
            measures.add(measure(m, benchmarks));
        }
        PairedOutcome pair = g.pairs.get(PairCount.WITH_BOTH_MEASURES) == 0 ? null : pair(g, benchmarks);
        long analysed = g.clients - g.unanalysed;
        return new GroupOutcome(label, g.clients, analysed, g.unanalysed, new LinkedHashMap<>(g.faults), measures,
                pair, CohortTexts.groupSummary(label, g.clients, analysed, g.unanalysed, g.faults));
    }

    static MeasureOutcome measure(ScaleTally m, List<Benchmark> benchmarks) {
        long finished = m.get(Count.FINISHED);
        long atCase = m.get(Count.FINISHED_AT_CASENESS);
        String finishedWords = "clients who finished";
        String caseWords = "clients who finished and were at caseness at the start";
        Rate improvement = rate(m.get(Count.RELIABLE_IMPROVEMENT), finished, finishedWords);
        Rate noChange = rate(m.get(Count.NO_RELIABLE_CHANGE), finished, finishedWords);
        Rate deterioration = rate(m.get(Count.RELIABLE_DETERIORATION), finished, finishedWords);
        Rate recovery = rate(m.get(Count.RECOVERY), atCase, caseWords);
        Rate reliableRecovery = rate(m.get(Count.RELIABLE_RECOVERY), atCase, caseWords);
        Map<String, Long> categories = new LinkedHashMap<>();
        for (Count c : List.of(Count.RECOVERED, Count.IMPROVED, Count.UNCHANGED, Count.DETERIORATED, Count.HARMED,
                Count.NO_CATEGORY)) {
            categories.put(c.wire(), m.get(c));
        }
        PrePost prePost = prePost(m);
        Rate sudden = rate(m.get(Count.WITH_SUDDEN_GAIN), m.get(Count.SUDDEN_GAINS_EVALUATED),
                "clients with at least one session-to-session interval examined for sudden gains");
        FollowUpOutcome followUp = new FollowUpOutcome(m.get(Count.WITH_FOLLOW_UP),
                rate(m.get(Count.MAINTAINED), m.get(Count.MAINTAINED_JUDGED),
                        "clients with a follow-up whose maintenance could be judged (at the latest follow-up)"),
                rate(m.get(Count.RELAPSED), m.get(Count.RELAPSE_JUDGED),
                        "clients with a follow-up whose relapse could be judged (at the latest follow-up)"));
        Map<Outcome, Rate> byOutcome = Map.of(Outcome.RELIABLE_IMPROVEMENT, improvement, Outcome.NO_RELIABLE_CHANGE,
                noChange, Outcome.RELIABLE_DETERIORATION, deterioration, Outcome.RECOVERY, recovery,
                Outcome.RELIABLE_RECOVERY, reliableRecovery);
        List<BenchmarkVerdict> verdicts = verdicts(m.key(), byOutcome, benchmarks);
        long withFirst = m.get(Count.WITH_FIRST_SCORE);
        Rate caseness = rate(m.get(Count.CASENESS_AT_START), withFirst - m.get(Count.CASENESS_UNKNOWN),
                "clients with a first score and a cut-off to judge it by");
        String label = m.label == null ? m.key() : m.label;
        return new MeasureOutcome(m.instrument, m.scale, label, m.direction, m.get(Count.CLIENTS), withFirst,
                m.get(Count.WITH_FIRST_AND_LAST_SCORE), caseness,
                new Finished(finished, m.get(Count.FINISHED_BY_TERMINATION),
                        m.get(Count.FINISHED_BY_TWO_ADMINISTRATIONS)),
                improvement, noChange, deterioration, m.get(Count.RELIABLE_CHANGE_NOT_COMPUTABLE),
                new LinkedHashMap<>(m.methods), recovery, reliableRecovery, categories, prePost, sudden, followUp,
                verdicts.isEmpty() ? null : verdicts,
                CohortTexts.measureSummary(label, finished, improvement, noChange, deterioration, recovery, prePost));
    }

    private static PairedOutcome pair(GroupTally g, List<Benchmark> benchmarks) {
        long assessed = g.pairs.get(PairCount.ASSESSED);
        long atCase = g.pairs.get(PairCount.CASENESS_AT_START);
        String assessedWords = "clients with PHQ-9 and GAD-7 given together at least twice";
        String caseWords = assessedWords + " and at caseness at the start";
        Rate caseness = rate(atCase, assessed, assessedWords);
        Rate recovery = rate(g.pairs.get(PairCount.RECOVERY), atCase, caseWords);
        Rate improvement = rate(g.pairs.get(PairCount.RELIABLE_IMPROVEMENT), assessed, assessedWords);
        Rate deterioration = rate(g.pairs.get(PairCount.RELIABLE_DETERIORATION), assessed, assessedWords);
        Rate noChange = rate(g.pairs.get(PairCount.NO_RELIABLE_CHANGE), assessed, assessedWords);
        Rate reliableRecovery = rate(g.pairs.get(PairCount.RELIABLE_RECOVERY), atCase, caseWords);
        Map<Outcome, Rate> byOutcome = Map.of(Outcome.RELIABLE_IMPROVEMENT, improvement, Outcome.NO_RELIABLE_CHANGE,
                noChange, Outcome.RELIABLE_DETERIORATION, deterioration, Outcome.RECOVERY, recovery,
                Outcome.RELIABLE_RECOVERY, reliableRecovery);
        List<BenchmarkVerdict> verdicts = verdicts(Benchmark.TALKING_THERAPIES, byOutcome, benchmarks);
        return new PairedOutcome(g.pairs.get(PairCount.WITH_BOTH_MEASURES), assessed, caseness, recovery, improvement,
                deterioration, noChange, reliableRecovery, verdicts.isEmpty() ? null : verdicts,
                CohortTexts.pairSummary(assessed, recovery, improvement, deterioration));
    }

    /** Wilson (1927) score interval, z = 1.96. */
    static Rate rate(long count, long n, String of) {
        if (n <= 0) {
            return new Rate(count, n, of, null, null, null);
        }
        double[] w = wilson((double) count / n, n);
        return new Rate(count, n, of, r4((double) count / n), r4(w[0]), r4(w[1]));
    }

    static double[] wilson(double p, double n) {
        double z2 = Z * Z;
        double centre = p + z2 / (2 * n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double denominator = 1 + z2 / n;
        return new double[] {Math.max(0, (centre - half) / denominator), Math.min(1, (centre + half) / denominator)};
    }

    static PrePost prePost(ScaleTally m) {
        long n = m.get(Count.WITH_FIRST_AND_LAST_SCORE);
        if (n == 0) {
            return new PrePost(0, null, null, null, null, null, null, null);
        }
        BigDecimal bn = BigDecimal.valueOf(n);
        BigDecimal sx = m.get(Sum.START);
        BigDecimal sy = m.get(Sum.END);
        double meanStart = sx.divide(bn, MC).doubleValue();
        double meanEnd = sy.divide(bn, MC).doubleValue();
        double meanChange = sy.subtract(sx).divide(bn, MC).doubleValue();
        if (n < 2) {
            return new PrePost(n, r2(meanStart), null, r2(meanEnd), null, r2(meanChange), null,
                    new EffectSize(null, null, null, D_METHOD, "No effect size: it needs at least two clients with a "
                            + "first and a last score."));
        }
        BigDecimal nxx = bn.multiply(m.get(Sum.START_SQUARED)).subtract(sx.multiply(sx));
        BigDecimal nyy = bn.multiply(m.get(Sum.END_SQUARED)).subtract(sy.multiply(sy));
        BigDecimal nxy = bn.multiply(m.get(Sum.START_TIMES_END)).subtract(sx.multiply(sy));
        BigDecimal nn1 = bn.multiply(BigDecimal.valueOf(n - 1));
        double sdStart = Math.sqrt(nxx.divide(nn1, MC).doubleValue());
        double sdEnd = Math.sqrt(nyy.divide(nn1, MC).doubleValue());
        Double r = nxx.signum() > 0 && nyy.signum() > 0 ? Math.max(-1, Math.min(1,
                nxy.doubleValue() / Math.sqrt(nxx.doubleValue()) / Math.sqrt(nyy.doubleValue()))) : null;
        EffectSize d;
        if (sdStart == 0) {
            d = new EffectSize(null, null, null, D_METHOD, "No effect size: every start score is the same, so the SD "
                    + "at the start is 0.");
        } else {
            double value = m.direction.sign() * meanChange / sdStart;
            if (r == null) {
                d = new EffectSize(r3(value), null, null, D_METHOD, "No interval: every end score is the same, so "
                        + "the pre–post correlation the interval needs is undefined.");
            } else {
                double se = Math.sqrt(2 * (1 - r) / n + value * value / (2.0 * n));
                d = new EffectSize(r3(value), r3(value - Z * se), r3(value + Z * se), D_METHOD,
                        CohortTexts.effectSize(value, value - Z * se, value + Z * se, n));
            }
        }
        return new PrePost(n, r2(meanStart), r2(sdStart), r2(meanEnd), r2(sdEnd), r2(meanChange), r == null ? null
                : r3(r), d);
    }

    private static List<BenchmarkVerdict> verdicts(String measure, Map<Outcome, Rate> rates,
            List<Benchmark> benchmarks) {
        List<BenchmarkVerdict> out = new ArrayList<>();
        for (Benchmark b : benchmarks) {
            if (!b.measure().equals(measure)) {
                continue;
            }
            Rate rate = rates.get(b.outcome());
            Double bl = null;
            Double bu = null;
            if (b.n() != null) {
                double[] w = wilson(b.rate(), b.n());
                bl = r4(w[0]);
                bu = r4(w[1]);
            }
            BenchmarkPosition position;
            if (rate.rate() == null) {
                position = BenchmarkPosition.NOT_JUDGED;
            } else if (rate.lower() > (bu == null ? b.rate() : bu)) {
                position = BenchmarkPosition.ABOVE;
            } else if (rate.upper() < (bl == null ? b.rate() : bl)) {
                position = BenchmarkPosition.BELOW;
            } else {
                position = BenchmarkPosition.AROUND;
            }
            out.add(new BenchmarkVerdict(b.outcome().wire(), b.rate(), b.n(), b.source(), bl, bu, position,
                    CohortTexts.benchmark(b, rate, position, bl, bu)));
        }
        return out;
    }

    static Double r2(double v) {
        return Decimals.halfUp(v, 2);
    }

    static Double r3(double v) {
        return Decimals.halfUp(v, 3);
    }

    static Double r4(double v) {
        return Decimals.halfUp(v, 4);
    }
}
