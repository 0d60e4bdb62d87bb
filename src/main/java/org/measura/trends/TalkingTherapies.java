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

    static TalkingTherapiesOutcome classify(PreparedSeries phq, PreparedSeries gad) {
        List<String> notes = new ArrayList<>();
        notes.add("Uses the NHS Talking Therapies figures (caseness PHQ-9 10 or more, GAD-7 8 or more; reliable"
                + " change 6 or more on PHQ-9, 4 or more on GAD-7), not the request's overrides.");
        notes.add("Whether the client finished a course of treatment (at least two attended treatment appointments)"
                + " is not checked: attendance is not part of the request.");
        notes.add("The clause \"and no reliable deterioration on the other measure\" is the standard NHS Digital"
                + " wording, not verified against the current NHS Talking Therapies for anxiety and depression Manual"
                + " (NHS England).");
        Map<Key, Point> phqByKey = byKey(phq);
        Map<Key, Point> gadByKey = byKey(gad);
        TreeMap<Key, Point[]> paired = new TreeMap<>();
        for (Map.Entry<Key, Point> e : phqByKey.entrySet()) {
            Point g = gadByKey.get(e.getKey());
            if (g != null) {
                paired.put(e.getKey(), new Point[] {e.getValue(), g});
            }
        }
        if (paired.size() < 2) {
            return new TalkingTherapiesOutcome(false, paired.size(), null, null, null, null, List.of(),
                    "The NHS Talking Therapies classification needs PHQ-9 and GAD-7 given together (same date and"
                            + " session) at least twice outside follow-up; there "
                            + (paired.size() == 1 ? "is 1 such administration." : "are none."),
                    notes);
        }
        Point[] first = paired.firstEntry().getValue();
        Point[] last = paired.lastEntry().getValue();
        if (phq.termination != null && phq.point(phq.termination) != last[0]) {
            notes.add("The PHQ-9 termination administration has no GAD-7 on the same date and session, so the last"
                    + " paired administration (" + last[0].date() + ") is used as the end.");
        }
        double a1 = first[0].score();
        double a2 = last[0].score();
        double g1 = first[1].score();
        double g2 = last[1].score();
        boolean phqCase = a1 >= PHQ9_CASENESS;
        boolean gadCase = g1 >= GAD7_CASENESS;
        boolean caseness = phqCase || gadCase;
        boolean phqImp = a1 - a2 >= PHQ9_RELIABLE - EPS;
        boolean phqDet = a2 - a1 >= PHQ9_RELIABLE - EPS;
        boolean gadImp = g1 - g2 >= GAD7_RELIABLE - EPS;
        boolean gadDet = g2 - g1 >= GAD7_RELIABLE - EPS;
        boolean anyImp = phqImp || gadImp;
        boolean anyDet = phqDet || gadDet;
        boolean endBelow = a2 < PHQ9_CASENESS && g2 < GAD7_CASENESS;
        boolean recovery = caseness && endBelow;
        boolean reliableImprovement = anyImp && !anyDet;
        boolean reliableDeterioration = anyDet && !anyImp;
        boolean reliableRecovery = recovery && reliableImprovement;
        boolean noChange = !reliableImprovement && !reliableDeterioration;

        String start = "PHQ-9 " + Texts.num(a1) + " (caseness at 10 or more) and GAD-7 " + Texts.num(g1)
                + " (caseness at 8 or more)";
        String endScores = "PHQ-9 is " + Texts.num(a2) + (a2 < PHQ9_CASENESS ? " (below 10)" : " (not below 10)")
                + " and GAD-7 is " + Texts.num(g2) + (g2 < GAD7_CASENESS ? " (below 8)" : " (not below 8)");
        String phqChange = measure("PHQ-9", a1, a2, PHQ9_RELIABLE);
        String gadChange = measure("GAD-7", g1, g2, GAD7_RELIABLE);
        String changes = phqChange + "; " + gadChange;
        List<Classification> cls = new ArrayList<>();
        cls.add(new Classification("caseness-at-start", null, caseness, "At the start " + start + ", so the client"
                + (caseness ? " was" : " was not") + " a case" + (caseness ? "" : " (and is left out of recovery"
                        + " rates)") + "."));
        cls.add(new Classification("recovery", null, recovery, !caseness
                ? "Recovery does not apply: the client was not a case at the start."
                : (recovery ? "Recovery" : "No recovery") + ": a case at the start, and at the end " + endScores
                        + (recovery ? "." : "; recovery needs both below caseness.")));
        cls.add(new Classification("reliable-improvement", null, reliableImprovement, (reliableImprovement
                ? "Reliable improvement: " : "No reliable improvement: ") + changes + (reliableImprovement
                        ? "; at least one reliable fall and no reliable rise."
                        : anyImp ? "; there is a reliable fall, but also a reliable rise on the other measure."
                                : "; neither fell reliably.")));
        cls.add(new Classification("reliable-deterioration", null, reliableDeterioration, (reliableDeterioration
                ? "Reliable deterioration: " : "No reliable deterioration: ") + changes + (reliableDeterioration
                        ? "; at least one reliable rise and no reliable fall."
                        : anyDet ? "; there is a reliable rise, but also a reliable fall on the other measure."
                                : "; neither rose reliably.")));
        cls.add(new Classification("reliable-recovery", null, reliableRecovery, !caseness
                ? "Reliable recovery does not apply: the client was not a case at the start."
                : (reliableRecovery ? "Reliable recovery: recovery and reliable improvement both hold."
                        : "No reliable recovery: " + (recovery ? "recovery holds but reliable improvement does not."
                                : reliableImprovement ? "reliable improvement holds but recovery does not."
                                        : "neither recovery nor reliable improvement holds."))));
        cls.add(new Classification("no-reliable-change", null, noChange, (noChange
                ? "No reliable change: " : "There is reliable change: ") + changes + "."));
        String summary = "First paired administration " + first[0].date() + ", last " + last[0].date() + ": "
                + (reliableRecovery ? "reliable recovery"
                        : recovery ? "recovery without reliable improvement"
                                : reliableImprovement ? "reliable improvement"
                                        : reliableDeterioration ? "reliable deterioration" : "no reliable change")
                + (caseness ? "" : " (not a case at the start)") + ".";
        return new TalkingTherapiesOutcome(true, paired.size(), PointRef.of(first[0]), PointRef.of(last[0]),
                PointRef.of(first[1]), PointRef.of(last[1]), cls, summary, notes);
    }

    private static String measure(String label, double x1, double x2, double threshold) {
        String change = Sentences.change(label, x1, x2);
        if (x1 - x2 >= threshold - EPS) {
            return change + ", a reliable fall (" + Texts.num(threshold) + " or more)";
        }
        if (x2 - x1 >= threshold - EPS) {
            return change + ", a reliable rise (" + Texts.num(threshold) + " or more)";
        }
        return change + ", not a reliable change (" + Texts.num(threshold) + " or more needed)";
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
