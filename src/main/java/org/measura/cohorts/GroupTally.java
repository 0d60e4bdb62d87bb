package org.measura.cohorts;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.measura.trends.Classification;
import org.measura.trends.ScaleTrend;
import org.measura.trends.TalkingTherapiesOutcome;
import org.measura.trends.TrendReport;

/** Exact tallies of one group (or of the whole cohort): clients, faults by kind, each measure, the paired outcomes. */
final class GroupTally {

    long clients;
    long unanalysed;
    final TreeMap<String, Long> faults = new TreeMap<>();
    final TreeMap<String, ScaleTally> measures = new TreeMap<>();
    final EnumMap<PairCount, Long> pairs = new EnumMap<>(PairCount.class);

    GroupTally() {
        for (PairCount c : PairCount.values()) {
            pairs.put(c, 0L);
        }
    }

    /** Adds one client (directions already checked by {@link CohortTally}). */
    void add(ClientCourse client) {
        clients++;
        if (client.fault() != null) {
            unanalysed++;
            faults.merge(client.fault().kind().wire(), 1L, Long::sum);
            return;
        }
        TrendReport report = client.report();
        for (ScaleTrend trend : report.scales()) {
            measures.computeIfAbsent(trend.instrumentId() + "/" + trend.scaleId(),
                    k -> new ScaleTally(trend.instrumentId(), trend.scaleId(), trend.label(), trend.direction()))
                    .add(trend);
        }
        addPair(report.talkingTherapies());
    }

    private void addPair(TalkingTherapiesOutcome pair) {
        if (pair == null) {
            return;
        }
        inc(PairCount.WITH_BOTH_MEASURES);
        if (!pair.computed()) {
            return;
        }
        inc(PairCount.ASSESSED);
        Map<String, Boolean> holds = new LinkedHashMap<>();
        for (Classification c : pair.classifications()) {
            holds.put(c.name(), c.holds());
        }
        boolean caseness = Boolean.TRUE.equals(holds.get("caseness-at-start"));
        if (caseness) {
            inc(PairCount.CASENESS_AT_START);
            if (Boolean.TRUE.equals(holds.get("recovery"))) {
                inc(PairCount.RECOVERY);
            }
            if (Boolean.TRUE.equals(holds.get("reliable-recovery"))) {
                inc(PairCount.RELIABLE_RECOVERY);
            }
        }
        if (Boolean.TRUE.equals(holds.get("reliable-improvement"))) {
            inc(PairCount.RELIABLE_IMPROVEMENT);
        }
        if (Boolean.TRUE.equals(holds.get("reliable-deterioration"))) {
            inc(PairCount.RELIABLE_DETERIORATION);
        }
        if (Boolean.TRUE.equals(holds.get("no-reliable-change"))) {
            inc(PairCount.NO_RELIABLE_CHANGE);
        }
    }

    private void inc(PairCount c) {
        pairs.merge(c, 1L, Long::sum);
    }

    /** Adds another tally; a contradicting direction is refused (null = merged). */
    String merge(GroupTally other) {
        for (ScaleTally m : other.measures.values()) {
            ScaleTally known = measures.get(m.key());
            if (known != null && known.direction != m.direction) {
                return m.key() + " is " + m.direction.wire() + " in one part but " + known.direction.wire()
                        + " in another";
            }
        }
        clients += other.clients;
        unanalysed += other.unanalysed;
        other.faults.forEach((k, v) -> faults.merge(k, v, Long::sum));
        for (ScaleTally m : other.measures.values()) {
            ScaleTally known = measures.get(m.key());
            if (known == null) {
                measures.put(m.key(), m.copy());
            } else {
                known.merge(m);
            }
        }
        other.pairs.forEach((c, v) -> pairs.merge(c, v, Long::sum));
        return null;
    }

    CohortPartial.Group partial(String group) {
        List<CohortPartial.Measure> list = measures.values().stream().map(m -> {
            Map<String, String> sums = new LinkedHashMap<>();
            m.sums.forEach((s, v) -> sums.put(s.wire(), v.toPlainString()));
            return new CohortPartial.Measure(m.instrument, m.scale, m.label, m.direction, m.countsByWire(), sums,
                    new LinkedHashMap<>(m.methods));
        }).toList();
        Map<String, Long> pairCounts = new LinkedHashMap<>();
        pairs.forEach((c, v) -> pairCounts.put(c.wire(), v));
        return new CohortPartial.Group(group, clients, unanalysed, new LinkedHashMap<>(faults), list, pairCounts);
    }

    static BigDecimal zero(Sum s) {
        return BigDecimal.ZERO.setScale(s == Sum.START || s == Sum.END ? 2 : 4);
    }
}
