package org.measura.trends;

import java.time.LocalDate;
import java.util.List;
import org.measura.trends.TalkingTherapies.Measure;

/**
 * The words of the NHS Talking Therapies paired classification, built from what {@link TalkingTherapies} decided
 * (docs/reference/change-methods.md §8): the notes on the fixed figures and what is not checked, why there is no
 * classification, each classification's sentence with the paired scores, and the summary.
 */
final class TalkingTherapiesTexts {

    private TalkingTherapiesTexts() {
    }

    /** The notes every computed or uncomputed classification carries, in this order. */
    static final List<String> NOTES = List.of(
            "Uses the NHS Talking Therapies figures (caseness PHQ-9 10 or more, GAD-7 8 or more; reliable change 6 or"
                    + " more on PHQ-9, 4 or more on GAD-7), not the request's overrides.",
            "Whether the client finished a course of treatment (at least two attended treatment appointments) is not"
                    + " checked: attendance is not part of the request.",
            "The clause \"and no reliable deterioration on the other measure\" is the standard NHS Digital wording,"
                    + " not verified against the current NHS Talking Therapies for anxiety and depression Manual"
                    + " (NHS England).");

    static String tooFewPairs(int paired) {
        return "The NHS Talking Therapies classification needs PHQ-9 and GAD-7 given together (same date and session)"
                + " at least twice outside follow-up; there "
                + (paired == 1 ? "is 1 such administration." : "are none.");
    }

    static String terminationUnpaired(LocalDate lastPaired) {
        return "The PHQ-9 termination administration has no GAD-7 on the same date and session, so the last paired"
                + " administration (" + lastPaired + ") is used as the end.";
    }

    private static String start(Measure phq, Measure gad) {
        return atStart(phq) + " and " + atStart(gad);
    }

    private static String atStart(Measure m) {
        return m.label() + " " + Texts.num(m.first()) + " (caseness at " + Texts.num(m.caseness()) + " or more)";
    }

    private static String end(Measure m) {
        return m.label() + " is " + Texts.num(m.last()) + (m.belowAtEnd() ? " (below " : " (not below ")
                + Texts.num(m.caseness()) + ")";
    }

    private static String changes(Measure phq, Measure gad) {
        return measure(phq) + "; " + measure(gad);
    }

    static String caseness(Measure phq, Measure gad, boolean caseness) {
        return "At the start " + start(phq, gad) + ", so the client" + (caseness ? " was" : " was not") + " a case"
                + (caseness ? "" : " (and is left out of recovery rates)") + ".";
    }

    static String recovery(Measure phq, Measure gad, boolean caseness, boolean recovery) {
        if (!caseness) {
            return "Recovery does not apply: the client was not a case at the start.";
        }
        return (recovery ? "Recovery" : "No recovery") + ": a case at the start, and at the end " + end(phq) + " and "
                + end(gad) + (recovery ? "." : "; recovery needs both below caseness.");
    }

    /** @param anyImprovement a reliable fall on at least one measure, whatever the other did */
    static String reliableImprovement(Measure phq, Measure gad, boolean reliableImprovement, boolean anyImprovement) {
        return (reliableImprovement ? "Reliable improvement: " : "No reliable improvement: ") + changes(phq, gad)
                + (reliableImprovement ? "; at least one reliable fall and no reliable rise."
                        : anyImprovement
                                ? "; there is a reliable fall, but also a reliable rise on the other measure."
                                : "; neither fell reliably.");
    }

    /** @param anyDeterioration a reliable rise on at least one measure, whatever the other did */
    static String reliableDeterioration(Measure phq, Measure gad, boolean reliableDeterioration,
            boolean anyDeterioration) {
        return (reliableDeterioration ? "Reliable deterioration: " : "No reliable deterioration: ") + changes(phq, gad)
                + (reliableDeterioration ? "; at least one reliable rise and no reliable fall."
                        : anyDeterioration
                                ? "; there is a reliable rise, but also a reliable fall on the other measure."
                                : "; neither rose reliably.");
    }

    static String reliableRecovery(boolean caseness, boolean reliableRecovery, boolean recovery,
            boolean reliableImprovement) {
        if (!caseness) {
            return "Reliable recovery does not apply: the client was not a case at the start.";
        }
        if (reliableRecovery) {
            return "Reliable recovery: recovery and reliable improvement both hold.";
        }
        return "No reliable recovery: " + (recovery ? "recovery holds but reliable improvement does not."
                : reliableImprovement ? "reliable improvement holds but recovery does not."
                        : "neither recovery nor reliable improvement holds.");
    }

    static String noReliableChange(Measure phq, Measure gad, boolean noChange) {
        return (noChange ? "No reliable change: " : "There is reliable change: ") + changes(phq, gad) + ".";
    }

    /** The strongest outcome that holds, from reliable recovery down to no reliable change. */
    static String summary(LocalDate first, LocalDate last, boolean caseness, boolean reliableRecovery, boolean recovery,
            boolean reliableImprovement, boolean reliableDeterioration) {
        return "First paired administration " + first + ", last " + last + ": "
                + (reliableRecovery ? "reliable recovery"
                        : recovery ? "recovery without reliable improvement"
                                : reliableImprovement ? "reliable improvement"
                                        : reliableDeterioration ? "reliable deterioration" : "no reliable change")
                + (caseness ? "" : " (not a case at the start)") + ".";
    }

    /** One measure's change against its fixed threshold ("or more", so a change equal to it is reliable). */
    private static String measure(Measure m) {
        String change = Sentences.change(m.label(), m.first(), m.last());
        String threshold = Texts.num(m.reliableChange());
        if (m.reliableFall()) {
            return change + ", a reliable fall (" + threshold + " or more)";
        }
        if (m.reliableRise()) {
            return change + ", a reliable rise (" + threshold + " or more)";
        }
        return change + ", not a reliable change (" + threshold + " or more needed)";
    }
}
