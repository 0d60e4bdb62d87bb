package org.measura.cohorts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.measura.cohorts.CohortFault.GroupField;
import org.measura.cohorts.CohortFault.InGroup;
import org.measura.cohorts.CohortFault.InMeasure;
import org.measura.cohorts.CohortFault.InPartial;
import org.measura.cohorts.CohortFault.MeasureField;
import org.measura.cohorts.CohortFault.PartialField;
import org.measura.fault.FaultCode;
import org.measura.trends.ScoreDirection;

/**
 * The exact tally of a cohort, per group (clients without a group under the absent label). Built from clients or
 * from partials; the figures are computed from it in one place ({@link CohortFigures}), so a merge of partials and
 * one pass over the same clients answer alike.
 */
final class CohortTally {

    final TreeMap<String, GroupTally> groups = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Which way is better on each measure, as the first client with it said: a later contradiction is a fault. */
    private final TreeMap<String, ScoreDirection> directions = new TreeMap<>();

    /**
     * Adds one client. A client whose measure is lower-is-better where earlier clients had it higher-is-better (or
     * the reverse; only caller-defined measures can differ) is counted as unanalysed with that fault.
     */
    void add(ClientCourse client) {
        ClientCourse counted = client;
        if (client.report() != null) {
            for (var trend : client.report().scales()) {
                String key = trend.instrumentId() + "/" + trend.scaleId();
                ScoreDirection known = directions.get(key);
                if (known != null && known != trend.direction()) {
                    counted = ClientCourse.failed(client.group(), new ClientFault.ContradictingDirection(
                            trend.instrumentId(), trend.scaleId(), trend.direction(), known));
                    break;
                }
            }
            if (counted == client) {
                client.report().scales().forEach(t -> directions.putIfAbsent(t.instrumentId() + "/" + t.scaleId(),
                        t.direction()));
            }
        }
        groups.computeIfAbsent(counted.group(), g -> new GroupTally()).add(counted);
        last = counted;
    }

    /** The client as last counted (with the contradiction fault when there was one). */
    ClientCourse last;

    /** The whole cohort: every group merged (a contradiction between groups is reported, null = none). */
    GroupTally overall(List<String> contradictions) {
        GroupTally all = new GroupTally();
        for (GroupTally g : groups.values()) {
            String contradiction = all.merge(g);
            if (contradiction != null) {
                contradictions.add(contradiction);
            }
        }
        return all;
    }

    CohortPartial partial() {
        List<CohortPartial.Group> list = new ArrayList<>();
        groups.forEach((label, tally) -> list.add(tally.partial(label)));
        return new CohortPartial(CohortPartial.FORMAT, list);
    }

    /** Adds partial {@code p} as read from the wire, checking every member; faults name the member. */
    void add(CohortPartial partial, int p, List<CohortFault> faults) {
        if (partial == null) {
            faults.add(new CohortFault(FaultCode.INVALID, new InPartial(p, PartialField.ENTRY),
                    "must be a partial as a cohort answer gives it"));
            return;
        }
        if (!CohortPartial.FORMAT.equals(partial.format())) {
            faults.add(new CohortFault(FaultCode.INVALID, new InPartial(p, PartialField.FORMAT),
                    "must be " + CohortPartial.FORMAT));
            return;
        }
        if (partial.groups() == null) {
            faults.add(new CohortFault(FaultCode.REQUIRED, new InPartial(p, PartialField.GROUPS), "is required"));
            return;
        }
        for (int i = 0; i < partial.groups().size(); i++) {
            CohortPartial.Group g = partial.groups().get(i);
            GroupTally tally = group(g, p, i, faults);
            if (tally == null) {
                continue;
            }
            String contradiction = null;
            for (ScaleTally m : tally.measures.values()) {
                ScoreDirection known = directions.get(m.key());
                if (known != null && known != m.direction) {
                    contradiction = m.key() + " is " + m.direction.wire() + " here but " + known.wire()
                            + " in an earlier part";
                }
            }
            if (contradiction != null) {
                faults.add(new CohortFault(FaultCode.CONFLICT, new InGroup(p, i, GroupField.MEASURES, null),
                        contradiction));
                continue;
            }
            tally.measures.values().forEach(m -> directions.putIfAbsent(m.key(), m.direction));
            groups.computeIfAbsent(g.group(), k -> new GroupTally()).merge(tally);
        }
    }

    private static GroupTally group(CohortPartial.Group g, int p, int gi, List<CohortFault> faults) {
        if (g == null) {
            faults.add(new CohortFault(FaultCode.INVALID, new InGroup(p, gi, GroupField.ENTRY, null), "must be an object"));
            return null;
        }
        int before = faults.size();
        GroupTally tally = new GroupTally();
        tally.clients = count(g.clients(), new InGroup(p, gi, GroupField.CLIENTS, null), faults);
        tally.unanalysed = count(g.unanalysed(), new InGroup(p, gi, GroupField.UNANALYSED, null), faults);
        if (g.faults() != null) {
            g.faults().forEach((kind, n) -> tally.faults.put(kind, count(n, new InGroup(p, gi, GroupField.FAULTS, kind), faults)));
        }
        if (g.talkingTherapies() != null) {
            for (Map.Entry<String, Long> e : g.talkingTherapies().entrySet()) {
                PairCount c = PairCount.fromWire(e.getKey());
                if (c == null) {
                    faults.add(new CohortFault(FaultCode.UNKNOWN, new InGroup(p, gi, GroupField.TALKING_THERAPIES, e.getKey()),
                            "is not a count of this format"));
                } else {
                    tally.pairs.put(c, count(e.getValue(), new InGroup(p, gi, GroupField.TALKING_THERAPIES, e.getKey()), faults));
                }
            }
        }
        List<CohortPartial.Measure> measures = g.measures() == null ? List.of() : g.measures();
        for (int i = 0; i < measures.size(); i++) {
            ScaleTally m = measure(measures.get(i), p, gi, i, faults);
            if (m != null && tally.measures.putIfAbsent(m.key(), m) != null) {
                faults.add(new CohortFault(FaultCode.DUPLICATE, new InMeasure(p, gi, i, MeasureField.ENTRY, null),
                        "repeats measure " + m.key()));
            }
        }
        if (faults.size() == before) {
            Consistency.check(tally, p, gi, faults);
        }
        return faults.size() == before ? tally : null;
    }

    private static ScaleTally measure(CohortPartial.Measure m, int p, int gi, int mi, List<CohortFault> faults) {
        if (m == null || m.instrument() == null || m.scale() == null || m.direction() == null) {
            faults.add(new CohortFault(FaultCode.REQUIRED, new InMeasure(p, gi, mi, MeasureField.ENTRY, null),
                    "must carry instrument, scale and direction"));
            return null;
        }
        ScoreDirection direction = m.direction();
        ScaleTally tally = new ScaleTally(m.instrument(), m.scale(), m.label(), direction);
        if (m.counts() != null) {
            for (Map.Entry<String, Long> e : m.counts().entrySet()) {
                Count c = Count.fromWire(e.getKey());
                if (c == null) {
                    faults.add(new CohortFault(FaultCode.UNKNOWN, new InMeasure(p, gi, mi, MeasureField.COUNTS, e.getKey()),
                            "is not a count of this format"));
                } else {
                    tally.counts.put(c, count(e.getValue(), new InMeasure(p, gi, mi, MeasureField.COUNTS, e.getKey()), faults));
                }
            }
        }
        if (m.sums() != null) {
            for (Map.Entry<String, String> e : m.sums().entrySet()) {
                Sum s = Sum.fromWire(e.getKey());
                InMeasure sat = new InMeasure(p, gi, mi, MeasureField.SUMS, e.getKey());
                if (s == null) {
                    faults.add(new CohortFault(FaultCode.UNKNOWN, sat, "is not a sum of this format"));
                    continue;
                }
                try {
                    BigDecimal value = new BigDecimal(e.getValue());
                    if (value.scale() > GroupTally.zero(s).scale()
                            || value.setScale(GroupTally.zero(s).scale()).precision() > MAX_DIGITS) {
                        faults.add(new CohortFault(FaultCode.INVALID, sat, "must be an exact decimal with at most "
                                + GroupTally.zero(s).scale() + " decimals, as a partial writes it"));
                    } else {
                        tally.sums.put(s, value.setScale(GroupTally.zero(s).scale()));
                    }
                } catch (NumberFormatException | NullPointerException notADecimal) {
                    faults.add(new CohortFault(FaultCode.INVALID, sat, "must be a decimal number written as a string"));
                }
            }
        }
        if (m.methods() != null) {
            m.methods().forEach((method, n) -> tally.methods.put(method, count(n, new InMeasure(p, gi, mi, MeasureField.METHODS, method), faults)));
        }
        return tally;
    }

    private static long count(Long n, CohortFault.Where at, List<CohortFault> faults) {
        if (n == null || n < 0 || n > MAX_COUNT) {
            faults.add(new CohortFault(FaultCode.INVALID, at, "must be a count from 0 to " + MAX_COUNT));
            return 0;
        }
        return n;
    }

    /** Counts and sums beyond these are no partial's: a merge of 1,000 such parts still adds up exactly. */
    static final long MAX_COUNT = 1_000_000_000_000_000L;
    static final int MAX_DIGITS = 40;

    private static long count(long n, CohortFault.Where at, List<CohortFault> faults) {
        return count(Long.valueOf(n), at, faults);
    }
}
