package org.measura.trends;

/**
 * Clinical-significance categories (docs/reference/change-statistics.md §3, clinicalsignificance definitions):
 * recovered = clinical_pre ∧ functional_post ∧ reliably improved; improved = reliably improved ∧ ¬recovered; unchanged
 * = no reliable change; harmed = ¬clinical_pre ∧ ¬functional_post ∧ reliably deteriorated; deteriorated = reliably
 * deteriorated ∧ ¬harmed. With Hageman–Arrindell (§5): functional_post = clinical_pre ∧ direction·CS_indiv &gt;
 * critical value, recovered = functional_post ∧ improved, and there is no "harmed".
 */
final class Significance {

    private Significance() {
    }

    /**
     * Why a comparison has no category, without a leading capital or a full stop: reliable change not computable,
     * or a reliable change with no cut-off to tell recovered from improved (harmed from deteriorated).
     */
    static String undecidedReason(ReliableChangeResult r, CutoffPlan cut) {
        if (r.status() == ChangeStatus.NOT_COMPUTABLE) {
            return "whether the change is reliable cannot be judged (missing " + String.join(", ", r.missing()) + ")";
        }
        return "the change is " + r.status().words() + ", but without a cut-off "
                + (r.status() == ChangeStatus.RELIABLE_IMPROVEMENT ? "recovered cannot be told from improved"
                        : "harmed cannot be told from deteriorated")
                + " (missing " + String.join(", ", cut.missing) + ")";
    }

    static ClinicalSignificance classify(ScaleSeries s, CutoffPlan cut, ReliableChangePlan rc,
            ReliableChangeResult r, double x1, double x2) {
        Boolean clinicalPre = cut.clinical(x1);
        Boolean functionalPost = cut.functional(x2);
        Double cutoff = Texts.r2(cut.value);
        ChangeStatus status = r.status();
        if (status == ChangeStatus.NOT_COMPUTABLE) {
            return new ClinicalSignificance(null, clinicalPre, functionalPost, cutoff, null,
                    "No category: " + undecidedReason(r, cut) + ".");
        }
        if (status == ChangeStatus.NO_RELIABLE_CHANGE) {
            return new ClinicalSignificance(Category.UNCHANGED, clinicalPre, functionalPost, cutoff, null,
                    "Unchanged: the change from " + Texts.num(x1) + " to " + Texts.num(x2) + " is not reliable.");
        }
        if (cut.value == null) {
            return new ClinicalSignificance(null, null, null, null, null, "No category: " + undecidedReason(r, cut)
                    + ".");
        }
        boolean improved = status == ChangeStatus.RELIABLE_IMPROVEMENT;
        String side = cut.clinicalSide;
        String start = "the start score " + Texts.num(x1) + (clinicalPre ? " was" : " was not")
                + " in the clinical range (" + side + ")";
        if (rc.method == ReliableChangeMethod.HAGEMAN_ARRINDELL) {
            Psychometrics p = s.psychometrics();
            double cs = ChangeIndices.haIndividualSignificance(x2, p.postMean().value(), p.referenceSd().value(),
                    p.postSd().value(), p.reliability().value(), cut.value);
            int dir = s.direction().sign();
            boolean functional = clinicalPre && dir * cs > rc.critical;
            String csText = "the individual clinical-significance index CS is " + Texts.idx(cs) + " (the true end"
                    + " score is reliably on the healthy side of " + Texts.num(cut.value) + " only beyond "
                    + (dir < 0 ? Texts.MINUS : "+") + Texts.num(rc.critical) + ")";
            Category category;
            String text;
            if (improved && functional) {
                category = Category.RECOVERED;
                text = "Recovered (Hageman–Arrindell): " + start + ", the improvement is reliable and " + csText + ".";
            } else if (improved) {
                category = Category.IMPROVED;
                text = "Improved (Hageman–Arrindell): the improvement is reliable, but " + (clinicalPre ? csText
                        : start) + ".";
            } else {
                category = Category.DETERIORATED;
                text = "Deteriorated (Hageman–Arrindell, which has no \"harmed\" category): the deterioration is"
                        + " reliable.";
            }
            return new ClinicalSignificance(category, clinicalPre, functional, cutoff, Texts.r3(cs), text);
        }
        Boolean clinicalPost = cut.clinical(x2);
        String end = "the end score " + Texts.num(x2) + (functionalPost ? " is on the healthy side of the cut-off"
                : clinicalPost ? " is in the clinical range (" + side + ")"
                        : " is exactly on the cut-off (clinical side " + side + "), not on its healthy side");
        Category category;
        String text;
        if (improved) {
            if (clinicalPre && functionalPost) {
                category = Category.RECOVERED;
                text = "Recovered: " + start + ", " + end + ", and the improvement is reliable.";
            } else {
                category = Category.IMPROVED;
                text = "Improved: the improvement is reliable, but " + (clinicalPre ? end : start) + ".";
            }
        } else if (!clinicalPre && !functionalPost) {
            category = Category.HARMED;
            text = "Harmed: " + start + ", " + end + ", and the deterioration is reliable.";
        } else {
            category = Category.DETERIORATED;
            text = "Deteriorated: the deterioration is reliable; " + (clinicalPre ? start : end) + ".";
        }
        return new ClinicalSignificance(category, clinicalPre, functionalPost, cutoff, null, text);
    }
}
