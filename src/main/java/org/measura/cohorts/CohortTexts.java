package org.measura.cohorts;

import java.util.Map;
import org.measura.cohorts.CohortReport.PrePost;
import org.measura.cohorts.CohortReport.Rate;
import org.measura.scoring.Decimals;

/** The sentences of a cohort answer, built from figures already computed. */
final class CohortTexts {

    /** Why a benchmark's outcome names none of the rates a benchmark can be set against. */
    static final String OUTCOMES = "must be reliable-improvement, no-reliable-change, reliable-deterioration, "
            + "recovery or reliable-recovery";

    static final String AT_LEAST_ONE_CLIENT = "is required: at least one client";
    static final String TOO_MANY_CLIENTS = "holds more than " + CohortOutcomes.MAX_CLIENTS
            + " clients; send larger cohorts to POST /bulk/cohorts";
    static final String AT_LEAST_ONE_PARTIAL = "is required: at least one partial";
    static final String NOT_AN_OBJECT = "must be an object";
    static final String REQUIRED = "is required";
    static final String RATE_REQUIRED = "is required: a proportion from 0 to 1";
    static final String RATE_RANGE = "must be a proportion from 0 to 1";
    static final String MEASURE_REQUIRED = "is required: instrument/scale (phq9/total) or " + Benchmark.TALKING_THERAPIES;
    static final String N_AT_LEAST_ONE = "must be 1 or more";

    private CohortTexts() {
    }

    /** The note of a stream whose unanalysed clients beyond the listed ones are counted only. */
    static String unlisted(long unlisted, int listed) {
        return unlisted + " further unanalysed clients are counted by kind in faults but not listed (" + listed
                + " are listed).";
    }

    static String groupSummary(String group, long clients, long analysed, long unanalysed, Map<String, Long> faults) {
        String who = group == null ? "The cohort" : "Group " + group;
        String text = who + ": " + clients + client(clients) + ", " + analysed + " analysed";
        if (unanalysed == 0) {
            return text + ".";
        }
        StringBuilder kinds = new StringBuilder();
        faults.forEach((kind, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(n).append(" ").append(kind));
        return text + " and " + unanalysed + " that could not be analysed (" + kinds + "), counted here and not in "
                + "any measure.";
    }

    static String measureSummary(String label, long finished, Rate improvement, Rate noChange, Rate deterioration,
            Rate recovery, PrePost prePost) {
        if (finished == 0) {
            return label + ": no client finished (" + CohortFigures.FINISHED_RULE + "), so there are no outcome rates.";
        }
        String text = label + ": of " + finished + client(finished) + " who finished, " + share(improvement)
                + " improved reliably, " + share(noChange) + " showed no reliable change and " + share(deterioration)
                + " deteriorated reliably";
        text += recovery.denominator() == 0 ? "; none of them was at caseness at the start, so recovery does not apply"
                : "; " + recovery.count() + " of the " + recovery.denominator() + " at caseness at the start recovered ("
                        + percent(recovery) + ")";
        if (prePost.effectSize() != null && prePost.effectSize().d() != null) {
            text += "; pre–post d = " + Decimals.text(prePost.effectSize().d(), 2);
        }
        return text + ".";
    }

    static String pairSummary(long assessed, Rate recovery, Rate improvement, Rate deterioration) {
        if (assessed == 0) {
            return "NHS Talking Therapies: no client had PHQ-9 and GAD-7 given together at least twice, so there are no "
                    + "paired outcomes.";
        }
        return "NHS Talking Therapies (PHQ-9 with GAD-7): of " + assessed + client(assessed)
                + " with paired scores, " + share(improvement) + " improved reliably and " + share(deterioration)
                + " deteriorated reliably; " + (recovery.denominator() == 0 ? "none was at caseness at the start"
                        : recovery.count() + " of the " + recovery.denominator() + " at caseness at the start recovered ("
                                + percent(recovery) + ")") + ".";
    }

    static String effectSize(double d, double lower, double upper, long n) {
        String size = Decimals.text(d, 2);
        String verdict = lower > 0 ? "improvement" : upper < 0 ? "deterioration" : "no clear change";
        return "d = " + size + " (95 % interval " + Decimals.text(lower, 2) + " to " + Decimals.text(upper, 2) + ", n = "
                + n + "): on average " + verdict + (lower > 0 || upper < 0 ? "" : ", the interval includes 0") + ".";
    }

    static String benchmark(Benchmark b, Rate rate, BenchmarkPosition position, Double lower, Double upper) {
        String against = Decimals.text(b.rate() * 100, 1) + " %" + (b.source() == null ? "" : " (" + b.source() + ")");
        if (position == BenchmarkPosition.NOT_JUDGED) {
            return "Not judged against the benchmark " + against + ": no client is in the rate's denominator.";
        }
        String cohort = percent(rate) + ", 95 % interval " + Decimals.text(rate.lower() * 100, 1) + " to "
                + Decimals.text(rate.upper() * 100, 1) + " %";
        String bench = lower == null ? "the benchmark " + against
                : "the benchmark " + against + " with its interval " + Decimals.text(lower * 100, 1) + " to "
                        + Decimals.text(upper * 100, 1) + " % (n = " + b.n() + ")";
        return switch (position) {
            case ABOVE -> "Above " + bench + ": the cohort's " + b.outcome().wire() + " rate is " + cohort + ".";
            case BELOW -> "Below " + bench + ": the cohort's " + b.outcome().wire() + " rate is " + cohort + ".";
            default -> "Around " + bench + ": the cohort's " + b.outcome().wire() + " rate is " + cohort
                    + ", which does not lie clearly above or below it.";
        };
    }

    private static String share(Rate r) {
        return r.count() + " (" + percent(r) + ")";
    }

    private static String percent(Rate r) {
        return r.rate() == null ? "no denominator" : Decimals.text(r.rate() * 100, 1) + " %";
    }

    private static String client(long n) {
        return n == 1 ? " client" : " clients";
    }
}
