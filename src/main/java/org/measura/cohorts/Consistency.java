package org.measura.cohorts;

import java.math.BigDecimal;
import java.util.List;
import org.measura.cohorts.CohortFault.GroupField;
import org.measura.cohorts.CohortFault.InGroup;
import org.measura.cohorts.CohortFault.InMeasure;
import org.measura.cohorts.CohortFault.MeasureField;
import org.measura.fault.FaultCode;

/**
 * What every partial of real clients satisfies, checked on a partial read from the wire: each count within the count
 * it is part of, the parts of a whole adding up to it, and sums whose spread is not negative. Merging partials that
 * satisfy these keeps them (the sums of squares by the Cauchy–Schwarz inequality), so figures never leave their range.
 */
final class Consistency {

    private Consistency() {
    }

    static void check(GroupTally g, int p, int gi, List<CohortFault> faults) {
        long faulted = g.faults.values().stream().mapToLong(Long::longValue).sum();
        within(g.unanalysed, g.clients, new InGroup(p, gi, GroupField.UNANALYSED, null), "clients", faults);
        if (faulted != g.unanalysed) {
            faults.add(new CohortFault(FaultCode.CONFLICT, new InGroup(p, gi, GroupField.FAULTS, null),
                    "must add up to unanalysed"));
        }
        for (int i = 0; i < g.measures.size(); i++) {
            ScaleTally m = g.measures.values().stream().skip(i).findFirst().orElseThrow();
            int mi = i;
            within(m.get(Count.CLIENTS), g.clients - g.unanalysed, counts(p, gi, mi, Count.CLIENTS), "the group's analysed clients",
                    faults);
            part(m, Count.WITH_FIRST_SCORE, Count.CLIENTS, p, gi, mi, faults);
            part(m, Count.WITH_FIRST_AND_LAST_SCORE, Count.WITH_FIRST_SCORE, p, gi, mi, faults);
            within(m.get(Count.CASENESS_AT_START) + m.get(Count.CASENESS_UNKNOWN), m.get(Count.WITH_FIRST_SCORE),
                    counts(p, gi, mi, Count.CASENESS_AT_START), "withFirstScore less casenessUnknown", faults);
            part(m, Count.FINISHED, Count.WITH_FIRST_AND_LAST_SCORE, p, gi, mi, faults);
            whole(m, Count.FINISHED, p, gi, mi, faults, Count.FINISHED_BY_TERMINATION, Count.FINISHED_BY_TWO_ADMINISTRATIONS);
            whole(m, Count.FINISHED, p, gi, mi, faults, Count.RELIABLE_IMPROVEMENT, Count.NO_RELIABLE_CHANGE,
                    Count.RELIABLE_DETERIORATION, Count.RELIABLE_CHANGE_NOT_COMPUTABLE);
            whole(m, Count.FINISHED, p, gi, mi, faults, Count.RECOVERED, Count.IMPROVED, Count.UNCHANGED,
                    Count.DETERIORATED, Count.HARMED, Count.NO_CATEGORY);
            part(m, Count.FINISHED_AT_CASENESS, Count.FINISHED, p, gi, mi, faults);
            part(m, Count.RECOVERY, Count.FINISHED_AT_CASENESS, p, gi, mi, faults);
            part(m, Count.RELIABLE_RECOVERY, Count.RECOVERY, p, gi, mi, faults);
            part(m, Count.SUDDEN_GAINS_EVALUATED, Count.WITH_FIRST_AND_LAST_SCORE, p, gi, mi, faults);
            part(m, Count.WITH_SUDDEN_GAIN, Count.SUDDEN_GAINS_EVALUATED, p, gi, mi, faults);
            part(m, Count.WITH_FOLLOW_UP, Count.WITH_FIRST_AND_LAST_SCORE, p, gi, mi, faults);
            part(m, Count.MAINTAINED_JUDGED, Count.WITH_FOLLOW_UP, p, gi, mi, faults);
            part(m, Count.MAINTAINED, Count.MAINTAINED_JUDGED, p, gi, mi, faults);
            part(m, Count.RELAPSE_JUDGED, Count.WITH_FOLLOW_UP, p, gi, mi, faults);
            part(m, Count.RELAPSED, Count.RELAPSE_JUDGED, p, gi, mi, faults);
            long methods = m.methods.values().stream().mapToLong(Long::longValue).sum();
            within(methods, m.get(Count.FINISHED), new InMeasure(p, gi, mi, MeasureField.METHODS, null), "finished",
                    faults);
            spread(m, p, gi, mi, faults);
        }
        within(g.pairs.get(PairCount.WITH_BOTH_MEASURES), g.clients - g.unanalysed, pairs(p, gi, PairCount.WITH_BOTH_MEASURES),
                "the group's analysed clients", faults);
        within(g.pairs.get(PairCount.ASSESSED), g.pairs.get(PairCount.WITH_BOTH_MEASURES), pairs(p, gi, PairCount.ASSESSED),
                "withBothMeasures", faults);
        within(g.pairs.get(PairCount.CASENESS_AT_START), g.pairs.get(PairCount.ASSESSED), pairs(p, gi, PairCount.CASENESS_AT_START),
                "assessed", faults);
        within(g.pairs.get(PairCount.RECOVERY), g.pairs.get(PairCount.CASENESS_AT_START), pairs(p, gi, PairCount.RECOVERY),
                "casenessAtStart", faults);
        within(g.pairs.get(PairCount.RELIABLE_RECOVERY), g.pairs.get(PairCount.RECOVERY), pairs(p, gi, PairCount.RELIABLE_RECOVERY),
                "recovery", faults);
        if (g.pairs.get(PairCount.RELIABLE_IMPROVEMENT) + g.pairs.get(PairCount.RELIABLE_DETERIORATION)
                + g.pairs.get(PairCount.NO_RELIABLE_CHANGE) != g.pairs.get(PairCount.ASSESSED)) {
            faults.add(new CohortFault(FaultCode.CONFLICT, pairs(p, gi, PairCount.ASSESSED), "must equal reliableImprovement + reliableDeterioration + "
                    + "noReliableChange"));
        }
    }

    private static void within(long part, long whole, CohortFault.Where at, String wholeName,
            List<CohortFault> faults) {
        if (part > whole) {
            faults.add(new CohortFault(FaultCode.CONFLICT, at, "must not exceed " + wholeName));
        }
    }

    private static void part(ScaleTally m, Count part, Count whole, int p, int gi, int mi, List<CohortFault> faults) {
        within(m.get(part), m.get(whole), counts(p, gi, mi, part), whole.wire(), faults);
    }

    private static void whole(ScaleTally m, Count whole, int p, int gi, int mi, List<CohortFault> faults,
            Count... parts) {
        long sum = 0;
        for (Count c : parts) {
            sum += m.get(c);
        }
        if (sum != m.get(whole)) {
            faults.add(new CohortFault(FaultCode.CONFLICT, counts(p, gi, mi, whole), "must equal the sum of "
                    + String.join(", ", java.util.Arrays.stream(parts).map(Count::wire).toList())));
        }
    }

    private static void spread(ScaleTally m, int p, int gi, int mi, List<CohortFault> faults) {
        BigDecimal n = BigDecimal.valueOf(m.get(Count.WITH_FIRST_AND_LAST_SCORE));
        BigDecimal sx = m.get(Sum.START);
        BigDecimal sy = m.get(Sum.END);
        if (n.signum() == 0) {
            if (sx.signum() != 0 || sy.signum() != 0 || m.get(Sum.START_SQUARED).signum() != 0
                    || m.get(Sum.END_SQUARED).signum() != 0 || m.get(Sum.START_TIMES_END).signum() != 0) {
                faults.add(new CohortFault(FaultCode.CONFLICT, new InMeasure(p, gi, mi, MeasureField.SUMS, null), "must all be 0 when withFirstAndLastScore is 0"));
            }
            return;
        }
        if (n.multiply(m.get(Sum.START_SQUARED)).compareTo(sx.multiply(sx)) < 0) {
            faults.add(new CohortFault(FaultCode.CONFLICT, sums(p, gi, mi, Sum.START_SQUARED),
                    "is too small for start: n·Σx² must be at least (Σx)²"));
        }
        if (n.multiply(m.get(Sum.END_SQUARED)).compareTo(sy.multiply(sy)) < 0) {
            faults.add(new CohortFault(FaultCode.CONFLICT, sums(p, gi, mi, Sum.END_SQUARED),
                    "is too small for end: n·Σy² must be at least (Σy)²"));
        }
    }

    private static InMeasure counts(int p, int gi, int mi, Count count) {
        return new InMeasure(p, gi, mi, MeasureField.COUNTS, count.wire());
    }

    private static InMeasure sums(int p, int gi, int mi, Sum sum) {
        return new InMeasure(p, gi, mi, MeasureField.SUMS, sum.wire());
    }

    private static InGroup pairs(int p, int gi, PairCount count) {
        return new InGroup(p, gi, GroupField.TALKING_THERAPIES, count.wire());
    }
}
