package org.measura.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * NHS Talking Therapies paired classification, docs/reference/change-methods.md §8, from the first and last
 * administrations at which both PHQ-9 and GAD-7 were given (same date and session; follow-ups excluded). Fixed NHS
 * Talking Therapies figures, whatever the request overrides: caseness PHQ-9 ≥ 10, GAD-7 ≥ 8; reliable change a change
 * of 6 or more on PHQ-9 and 4 or more on GAD-7.
 * <ul>
 * <li>recovery: a case at the start, below caseness on both at the end;</li>
 * <li>reliable improvement: a reliable fall on at least one measure and no reliable rise on either;</li>
 * <li>reliable deterioration: a reliable rise on at least one measure and no reliable fall on either;</li>
 * <li>reliable recovery: recovery and reliable improvement; no reliable change: neither improvement nor
 * deterioration.</li>
 * </ul>
 */
final class TalkingTherapies {

    static final String GAD7 = "gad7";
    static final String GAD7_SCALE = "total";
    static final double PHQ9_CASENESS = 10;
    static final double GAD7_CASENESS = 8;
    static final double PHQ9_RELIABLE = 6;
    static final double GAD7_RELIABLE = 4;
    /** Prorated scores are not exact binary fractions; "or more" is tested with this tolerance. */
    private static final double EPS = 1e-9;

    private TalkingTherapies() {
    }

    static boolean isGad7(ScaleSeries s) {
        return GAD7.equals(s.instrumentId()) && GAD7_SCALE.equals(s.scaleId());
    }

    private record Key(java.time.LocalDate date, Integer session) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = date.compareTo(o.date);
            if (c != 0) {
                return c;
            }
            if (Objects.equals(session, o.session)) {
                return 0;
            }
            if (session == null) {
                return -1;
            }
            return o.session == null ? 1 : Integer.compare(session, o.session);
        }
    }

    /**
     * One measure's first and last paired scores against its fixed caseness and reliable-change figures; both are
     * "or more", so a score equal to the caseness is a case and a change equal to the threshold is reliable.
     */
    record Measure(String label, double first, double last, double caseness, double reliableChange) {

        boolean caseAtStart() {
            return first >= caseness;
        }

        boolean belowAtEnd() {
            return last < caseness;
        }

        boolean reliableFall() {
            return first - last >= reliableChange - EPS;
        }

        boolean reliableRise() {
            return last - first >= reliableChange - EPS;
        }
    }

    static TalkingTherapiesOutcome classify(PreparedSeries phqSeries, PreparedSeries gadSeries) {
        List<String> notes = new ArrayList<>(TalkingTherapiesTexts.NOTES);
        Map<Key, Point> phqByKey = byKey(phqSeries);
        Map<Key, Point> gadByKey = byKey(gadSeries);
        TreeMap<Key, Point[]> paired = new TreeMap<>();
        for (Map.Entry<Key, Point> e : phqByKey.entrySet()) {
            Point g = gadByKey.get(e.getKey());
            if (g != null) {
                paired.put(e.getKey(), new Point[] {e.getValue(), g});
            }
        }
        if (paired.size() < 2) {
            return new TalkingTherapiesOutcome(false, paired.size(), null, null, null, null, List.of(),
                    TalkingTherapiesTexts.tooFewPairs(paired.size()), notes);
        }
        Point[] first = paired.firstEntry().getValue();
        Point[] last = paired.lastEntry().getValue();
        if (phqSeries.termination != null && phqSeries.point(phqSeries.termination) != last[0]) {
            notes.add(TalkingTherapiesTexts.terminationUnpaired(last[0].date()));
        }
        Measure phq = new Measure("PHQ-9", first[0].score(), last[0].score(), PHQ9_CASENESS, PHQ9_RELIABLE);
        Measure gad = new Measure("GAD-7", first[1].score(), last[1].score(), GAD7_CASENESS, GAD7_RELIABLE);
        boolean caseness = phq.caseAtStart() || gad.caseAtStart();
        boolean anyImp = phq.reliableFall() || gad.reliableFall();
        boolean anyDet = phq.reliableRise() || gad.reliableRise();
        boolean recovery = caseness && phq.belowAtEnd() && gad.belowAtEnd();
        boolean reliableImprovement = anyImp && !anyDet;
        boolean reliableDeterioration = anyDet && !anyImp;
        boolean reliableRecovery = recovery && reliableImprovement;
        boolean noChange = !reliableImprovement && !reliableDeterioration;

        List<Classification> cls = new ArrayList<>();
        cls.add(new Classification("caseness-at-start", null, caseness,
                TalkingTherapiesTexts.caseness(phq, gad, caseness)));
        cls.add(new Classification("recovery", null, recovery,
                TalkingTherapiesTexts.recovery(phq, gad, caseness, recovery)));
        cls.add(new Classification("reliable-improvement", null, reliableImprovement,
                TalkingTherapiesTexts.reliableImprovement(phq, gad, reliableImprovement, anyImp)));
        cls.add(new Classification("reliable-deterioration", null, reliableDeterioration,
                TalkingTherapiesTexts.reliableDeterioration(phq, gad, reliableDeterioration, anyDet)));
        cls.add(new Classification("reliable-recovery", null, reliableRecovery,
                TalkingTherapiesTexts.reliableRecovery(caseness, reliableRecovery, recovery, reliableImprovement)));
        cls.add(new Classification("no-reliable-change", null, noChange,
                TalkingTherapiesTexts.noReliableChange(phq, gad, noChange)));
        String summary = TalkingTherapiesTexts.summary(first[0].date(), last[0].date(), caseness, reliableRecovery,
                recovery, reliableImprovement, reliableDeterioration);
        return new TalkingTherapiesOutcome(true, paired.size(), PointRef.of(first[0]), PointRef.of(last[0]),
                PointRef.of(first[1]), PointRef.of(last[1]), cls, summary, notes);
    }

    private static Map<Key, Point> byKey(PreparedSeries s) {
        Map<Key, Point> map = new TreeMap<>();
        for (Point p : s.sorted) {
            if (p.phase() != Phase.FOLLOW_UP) {
                map.put(new Key(p.date(), p.session()), p);
            }
        }
        return map;
    }
}
