package org.measura.trends;

/**
 * Clinical-significance categories (docs/reference/change-methods.md §3, clinicalsignificance definitions):
 * recovered = clinical_pre ∧ functional_post ∧ reliably improved; improved = reliably improved ∧ ¬recovered; unchanged
 * = no reliable change; harmed = ¬clinical_pre ∧ ¬functional_post ∧ reliably deteriorated; deteriorated = reliably
 * deteriorated ∧ ¬harmed. With Hageman–Arrindell (§5): functional_post = clinical_pre ∧ direction·CS_indiv &gt;
 * critical value, recovered = functional_post ∧ improved, and there is no "harmed". The sentences are built by
 * {@link SignificanceTexts}.
 */
final class Significance {

    private Significance() {
    }

    /**
     * Why a comparison has no category, without a leading capital or a full stop: reliable change not computable,
     * or a reliable change with no cut-off to tell recovered from improved (harmed from deteriorated).
     */
    static String undecidedReason(ReliableChangeResult r, CutoffPlan cut) {
        return SignificanceTexts.undecidedReason(r.status(), r.missing(), cut.missing);
    }

    static ClinicalSignificance classify(ScaleSeries s, CutoffPlan cut, ReliableChangePlan rc,
            ReliableChangeResult r, double x1, double x2) {
        Boolean clinicalPre = cut.clinical(x1);
        Boolean functionalPost = cut.functional(x2);
        Double cutoff = Texts.r2(cut.value);
        ChangeStatus status = r.status();
        if (status == ChangeStatus.NOT_COMPUTABLE) {
            return new ClinicalSignificance(null, clinicalPre, functionalPost, cutoff, null,
                    SignificanceTexts.noCategory(undecidedReason(r, cut)));
        }
        if (status == ChangeStatus.NO_RELIABLE_CHANGE) {
            return new ClinicalSignificance(Category.UNCHANGED, clinicalPre, functionalPost, cutoff, null,
                    SignificanceTexts.unchanged(x1, x2));
        }
        if (cut.value == null) {
            return new ClinicalSignificance(null, null, null, null, null,
                    SignificanceTexts.noCategory(undecidedReason(r, cut)));
        }
        boolean improved = status == ChangeStatus.RELIABLE_IMPROVEMENT;
        String start = SignificanceTexts.start(x1, clinicalPre, cut.clinicalSide);
        if (rc.method == ReliableChangeMethod.HAGEMAN_ARRINDELL) {
            Psychometrics p = s.psychometrics();
            double cs = ChangeIndices.haIndividualSignificance(x2, p.postMean().value(), p.referenceSd().value(),
                    p.postSd().value(), p.reliability().value(), cut.value);
            int dir = s.direction().sign();
            boolean functional = clinicalPre && dir * cs > rc.critical;
            Category category = improved && functional ? Category.RECOVERED
                    : improved ? Category.IMPROVED : Category.DETERIORATED;
            String text = SignificanceTexts.hagemanArrindell(category, clinicalPre, start,
                    SignificanceTexts.individualIndex(cs, cut.value, dir, rc.critical));
            return new ClinicalSignificance(category, clinicalPre, functional, cutoff, Texts.r3(cs), text);
        }
        Boolean clinicalPost = cut.clinical(x2);
        Category category;
        if (improved) {
            category = clinicalPre && functionalPost ? Category.RECOVERED : Category.IMPROVED;
        } else {
            category = !clinicalPre && !functionalPost ? Category.HARMED : Category.DETERIORATED;
        }
        String text = SignificanceTexts.byCutoff(category, clinicalPre, start,
                SignificanceTexts.end(x2, functionalPost, clinicalPost, cut.clinicalSide));
        return new ClinicalSignificance(category, clinicalPre, functionalPost, cutoff, null, text);
    }
}
