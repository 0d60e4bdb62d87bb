package org.measura.trends;

import java.util.List;

/**
 * The words of clinical significance, built from what {@link Significance} decided: why a comparison has no
 * category, where the start and end scores lie against the cut-off, Hageman–Arrindell's individual index, and the
 * sentence for each category.
 */
final class SignificanceTexts {

    private SignificanceTexts() {
    }

    /**
     * Why a comparison has no category, without a leading capital or a full stop: reliable change not computable
     * ({@code changeMissing} the figures it lacks, as the result names them), or a reliable change with no cut-off
     * ({@code cutoffMissing}).
     */
    static String undecidedReason(ChangeStatus status, List<String> changeMissing, List<FigureName> cutoffMissing) {
        if (status == ChangeStatus.NOT_COMPUTABLE) {
            return "whether the change is reliable cannot be judged (missing " + String.join(", ", changeMissing)
                    + ")";
        }
        return "the change is " + status.words() + ", but without a cut-off "
                + (status == ChangeStatus.RELIABLE_IMPROVEMENT ? "recovered cannot be told from improved"
                        : "harmed cannot be told from deteriorated")
                + " (missing " + Texts.names(", ", cutoffMissing) + ")";
    }

    static String noCategory(String reason) {
        return "No category: " + reason + ".";
    }

    static String unchanged(double x1, double x2) {
        return "Unchanged: the change from " + Texts.num(x1) + " to " + Texts.num(x2) + " is not reliable.";
    }

    /** Where the start score lies: in the clinical range ({@code side}) or not. */
    static String start(double x1, boolean clinicalPre, String side) {
        return "the start score " + Texts.num(x1) + (clinicalPre ? " was" : " was not") + " in the clinical range ("
                + side + ")";
    }

    /** Where the end score lies: on the healthy side, in the clinical range, or exactly on the cut-off. */
    static String end(double x2, boolean functionalPost, boolean clinicalPost, String side) {
        return "the end score " + Texts.num(x2) + (functionalPost ? " is on the healthy side of the cut-off"
                : clinicalPost ? " is in the clinical range (" + side + ")"
                        : " is exactly on the cut-off (clinical side " + side + "), not on its healthy side");
    }

    /**
     * Hageman–Arrindell's individual index CS against the critical value on the healthy side.
     *
     * @param dir the scale's direction sign (−1 where lower is better)
     */
    static String individualIndex(double cs, double cutoff, int dir, double critical) {
        return "the individual clinical-significance index CS is " + Texts.idx(cs) + " (the true end score is"
                + " reliably on the healthy side of " + Texts.num(cutoff) + " only beyond "
                + (dir < 0 ? Texts.MINUS : "+") + Texts.num(critical) + ")";
    }

    /** The sentence of a Hageman–Arrindell category (recovered, improved or deteriorated). */
    static String hagemanArrindell(Category category, boolean clinicalPre, String start, String individualIndex) {
        return switch (category) {
            case RECOVERED -> "Recovered (Hageman–Arrindell): " + start + ", the improvement is reliable and "
                    + individualIndex + ".";
            case IMPROVED -> "Improved (Hageman–Arrindell): the improvement is reliable, but "
                    + (clinicalPre ? individualIndex : start) + ".";
            default -> "Deteriorated (Hageman–Arrindell, which has no \"harmed\" category): the deterioration is"
                    + " reliable.";
        };
    }

    /** The sentence of a category by a cut-off (Jacobson–Truax's definitions). */
    static String byCutoff(Category category, boolean clinicalPre, String start, String end) {
        return switch (category) {
            case RECOVERED -> "Recovered: " + start + ", " + end + ", and the improvement is reliable.";
            case IMPROVED -> "Improved: the improvement is reliable, but " + (clinicalPre ? end : start) + ".";
            case HARMED -> "Harmed: " + start + ", " + end + ", and the deterioration is reliable.";
            default -> "Deteriorated: the deterioration is reliable; " + (clinicalPre ? start : end) + ".";
        };
    }
}
