package org.measura.trends;

import java.util.List;

/**
 * The verdict that opens each scale's summary, in words a clinician reads: the clinical-significance category of
 * baseline to termination (or, without a termination, baseline to latest) and, after follow-ups, whether the result
 * held at the last one. It only words classifications already made elsewhere in the answer (the comparison's
 * category, the follow-up's maintained and relapse), so it can never read differently from them.
 */
final class Verdicts {

    private Verdicts() {
    }

    static String of(ScaleSeries s, List<ChangeComparison> comparisons, FollowUp followUp, CutoffPlan cut) {
        ChangeComparison main = find(comparisons, ComparisonKind.BASELINE_TO_TERMINATION);
        String when = " at termination";
        if (main == null) {
            main = find(comparisons, ComparisonKind.BASELINE_TO_LATEST);
            when = "";
        }
        if (main == null) {
            return "Not classified: the baseline is the latest administration, so there is no change from baseline"
                    + " to judge.";
        }
        String verdict = change(s, main, when, cut);
        String after = followUp == null ? null : followUp(followUp);
        return after == null ? verdict : verdict + " " + after;
    }

    private static ChangeComparison find(List<ChangeComparison> comparisons, ComparisonKind kind) {
        return comparisons.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
    }

    private static String change(ScaleSeries s, ChangeComparison c, String when, CutoffPlan cut) {
        ClinicalSignificance cs = c.clinicalSignificance();
        String scores = Texts.num(c.from().score()) + " → " + Texts.num(c.to().score());
        if (cs.category() == null) {
            return "Not classified" + when + ": " + Sentences.change(s.label(), c.from().score(), c.to().score())
                    + "; " + Texts.uncapitalise(Significance.undecidedReason(c.reliableChange(), cut)) + ".";
        }
        String healthy = cut.value == null ? null : cut.healthySide() + " the cut-off " + Texts.num(cut.value);
        return switch (cs.category()) {
            case RECOVERED -> "Recovered" + when + ": " + scores + ", a reliable improvement " + healthy + ".";
            case IMPROVED -> "Improved" + when + ": " + scores + ", a reliable improvement, "
                    + (!Boolean.TRUE.equals(cs.clinicalAtStart()) ? "from a start already " + healthy
                            : cs.individualSignificance() != null ? "but not reliably " + healthy
                                    : "but not " + healthy)
                    + ".";
            case UNCHANGED -> "No reliable change" + when + ": " + scores + ".";
            case DETERIORATED -> "Deteriorated" + when + ": " + scores + ", a reliable deterioration.";
            case HARMED -> "Harmed" + when + ": " + scores + ", a reliable deterioration from " + healthy
                    + " to no longer " + cut.healthySide() + " it.";
        };
    }

    /** The last follow-up's maintained and relapse classifications, in words. */
    private static String followUp(FollowUp followUp) {
        if (followUp.followUps() == null || followUp.followUps().isEmpty()) {
            return null;
        }
        int count = followUp.followUps().size();
        FollowUpPoint last = followUp.followUps().get(count - 1);
        String at = (count == 1 ? "at follow-up, " : "at the last of " + count + " follow-ups, ")
                + since(last.daysSinceTermination()) + " after termination";
        String scores = " (" + Texts.num(followUp.termination().score()) + " → " + Texts.num(last.point().score())
                + ")";
        Classification maintained = named(last, "maintained");
        Classification relapse = named(last, "relapse");
        if (relapse != null && Boolean.TRUE.equals(relapse.holds())) {
            return "Relapsed " + at + scores + ".";
        }
        if (maintained == null || maintained.holds() == null) {
            ReliableChangeResult change = last.changeSinceTermination();
            return "Maintenance " + at + scores + " cannot be judged: "
                    + (change != null && change.status() == ChangeStatus.NOT_COMPUTABLE
                            ? "reliable change since termination is not computable (missing "
                                    + String.join(", ", change.missing()) + ")"
                            : "recovery at termination or the cut-off is undetermined")
                    + ".";
        }
        return (maintained.holds() ? "Maintained " : "Not maintained ") + at + scores + ".";
    }

    private static Classification named(FollowUpPoint point, String name) {
        return point.classifications().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** "5 days", "3 weeks", "6 months": days up to a fortnight, weeks up to two months, then months. */
    static String since(long days) {
        if (days < 14) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 61) {
            long weeks = Math.round(days / 7.0);
            return weeks + " weeks";
        }
        long months = Math.round(days / 30.4375);
        return months + (months == 1 ? " month" : " months");
    }
}
