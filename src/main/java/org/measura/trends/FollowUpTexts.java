package org.measura.trends;

import java.util.List;

/**
 * The words of the follow-up metrics, built from what {@link FollowUps} decided (docs/reference/change-methods.md
 * §13): which reliable-change method judges the change since termination, recovery at termination, and the sentence
 * of each classification and of the post-termination slope.
 */
final class FollowUpTexts {

    private FollowUpTexts() {
    }

    static final String JACOBSON_TRUAX_CHOICE =
            "Jacobson–Truax (Jacobson & Truax 1991), as this service defines the follow-up metrics; no published source"
                    + " defines them for a single client.";
    static final String JACOBSON_TRUAX_METHOD = "Jacobson–Truax between termination and each follow-up, with the same SE_m";

    /** The method when Jacobson–Truax lacks figures: the primary one, or none. */
    static String otherMethod(ReliableChangeMethod primary, List<FigureName> primaryMissing,
            List<FigureName> jtMissing) {
        return primary == null ? "none: reliable change cannot be judged (missing " + Texts.names(", ", primaryMissing)
                + ")"
                : primary.label() + " (the primary method), because Jacobson–Truax, which the follow-up metrics use, lacks "
                        + Texts.names(", ", jtMissing);
    }

    static String terminationIsBaseline() {
        return "recovery at termination cannot be judged: the termination is the baseline, so there is no change to"
                + " judge";
    }

    static String recoveryUndecided(String reason) {
        return "recovery at termination cannot be judged: " + reason;
    }

    static String recoveryAtTermination(String significance) {
        return "baseline to termination: " + Texts.uncapitalise(significance);
    }

    /** Which follow-up a sentence is about: its date and score. */
    static String at(Point followUp) {
        return "at follow-up on " + followUp.date() + " (" + Texts.num(followUp.score()) + ")";
    }

    static String improvementSinceTermination(Boolean improved, String at, ReliableChangeResult change) {
        if (improved == null) {
            return "Reliable improvement since termination cannot be judged " + at + ": "
                    + Texts.uncapitalise(change.explanation());
        }
        return (improved ? "Reliable improvement since termination " : "No reliable improvement since termination ")
                + at + ": " + change.explanation();
    }

    static String maintained(Boolean maintained, Boolean deteriorated, Boolean recoveredAtEnd, Boolean functional,
            String clinicalSide, String at, ReliableChangeResult change) {
        if (maintained == null) {
            return "Maintenance cannot be judged " + at + ": " + (deteriorated == null
                    ? "reliable change since termination is not computable"
                    : "recovery at termination or the cut-off is undetermined") + ".";
        }
        if (Boolean.TRUE.equals(deteriorated)) {
            return "Not maintained " + at + ": " + change.explanation();
        }
        if (Boolean.TRUE.equals(recoveredAtEnd) && !Boolean.TRUE.equals(functional)) {
            return "Not maintained " + at + ": recovered at termination but no longer on the healthy side of the"
                    + " cut-off (clinical side " + clinicalSide + ").";
        }
        return "Maintained " + at + ": no reliable deterioration since termination"
                + (Boolean.TRUE.equals(recoveredAtEnd) ? " and still on the healthy side of the cut-off (clinical"
                        + " side " + clinicalSide + ")" : "")
                + ".";
    }

    static String relapse(Boolean relapse, Boolean recoveredAtEnd, Boolean clinical, String clinicalSide, String at) {
        if (Boolean.FALSE.equals(recoveredAtEnd)) {
            return "No relapse " + at + ": relapse applies only to a client recovered at termination, and this one"
                    + " was not.";
        }
        if (relapse == null) {
            return "Relapse cannot be judged " + at + ": recovery at termination, the cut-off or reliable change is"
                    + " undetermined.";
        }
        if (relapse) {
            return "Relapse " + at + ": recovered at termination, but "
                    + (Boolean.TRUE.equals(clinical) ? "the score is back in the clinical range (" + clinicalSide + ")"
                            : "the deterioration since termination is reliable")
                    + ".";
        }
        return "No relapse " + at + ": recovered at termination, not in the clinical range (" + clinicalSide
                + ") and no reliable deterioration since.";
    }

    /** @param firstNotRecovered the date of the first follow-up not recovered, or null */
    static String durable(Boolean durable, Boolean recoveredAtEnd, String firstNotRecovered, String label) {
        if (Boolean.TRUE.equals(durable)) {
            return "Durable recovery: " + label + " was recovered at termination and at every follow-up"
                    + " (baseline to each follow-up is recovered).";
        }
        if (Boolean.FALSE.equals(recoveredAtEnd)) {
            return "No durable recovery: not recovered at termination.";
        }
        if (firstNotRecovered != null && Boolean.FALSE.equals(durable)) {
            return "No durable recovery: recovered at termination but not at the follow-up on " + firstNotRecovered
                    + ".";
        }
        return "Durable recovery cannot be judged: recovery at termination or at a follow-up is undetermined.";
    }

    /**
     * @param anyGain     whether reliable change showed a gain at a follow-up
     * @param slopeTested whether there were enough points to test the slope
     */
    static String gain(Boolean gain, Boolean anyGain, boolean slopeTested, int followUps) {
        if (Boolean.TRUE.equals(gain)) {
            return "Post-termination gain: " + (Boolean.TRUE.equals(anyGain)
                    ? "reliable improvement from termination to at least one follow-up"
                    : "the post-termination slope is significantly in the healthy direction") + ".";
        }
        if (Boolean.FALSE.equals(gain)) {
            return "No post-termination gain: no reliable improvement from termination to "
                    + (followUps == 1 ? "the follow-up" : "any follow-up") + ", and "
                    + (slopeTested ? "the post-termination slope is not significantly in the healthy direction."
                            : "there are too few points after termination to test a slope (at least 3 are needed),"
                                    + " so only reliable change can show a gain.");
        }
        return "Post-termination gain cannot be judged: reliable change after termination is not computable and "
                + (slopeTested ? "the post-termination slope is not significantly in the healthy direction."
                        : "there are too few points after termination to test a slope.");
    }

    static String noSlope() {
        return "No post-termination slope: the follow-ups share the termination's date.";
    }

    /** The slope per week over the n points (termination and n − 1 follow-ups). */
    private static String per(double slope, int n) {
        return Texts.num(slope) + " points per week over " + n + " points (termination and " + (n - 1) + " follow-up"
                + (n == 2 ? "" : "s") + ")";
    }

    static String slopeUntested(double slope, int n) {
        return "Post-termination slope " + per(slope, n) + "; its significance needs at least 3 points, so it is not"
                + " tested.";
    }

    static String slopeExact(double slope, int n, boolean healthy) {
        return "Post-termination slope " + per(slope, n) + "; the points lie exactly on a line, so the slope is "
                + (slope == 0 ? "zero" : "certain") + (healthy ? " and in the healthy direction."
                        : " and not in the healthy direction.");
    }

    static String slopeTested(double slope, int n, double t, int df, double tCritical, boolean healthy,
            boolean significant) {
        return "Post-termination slope " + per(slope, n) + ": t = " + Texts.idx(t) + " with df " + df + " against ±"
                + Texts.idx(tCritical) + " (two-tailed α = .05), so it is "
                + (healthy ? "significantly in the healthy direction"
                        : significant ? "significant but in the unhealthy direction" : "not significant")
                + ".";
    }
}
