package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.measura.trends.Fixtures.analyse;
import static org.measura.trends.Fixtures.atOrAbove;
import static org.measura.trends.Fixtures.comparison;
import static org.measura.trends.Fixtures.f;
import static org.measura.trends.Fixtures.pair;
import static org.measura.trends.Fixtures.series;
import static org.measura.trends.Fixtures.threshold;

import org.junit.jupiter.api.Test;

class ClinicalSignificanceTest {

    /** PHQ-9-like: caseness at or above 10, reliable change 6 or more. */
    private static final Psychometrics PHQ = Psychometrics.builder().cutoff(atOrAbove(10))
            .reliableChangeThreshold(threshold(6, true)).build();

    private static ClinicalSignificance phq(double x1, double x2) throws Exception {
        return comparison(analyse(series("PHQ-9", ScoreDirection.LOWER_IS_BETTER, PHQ, pair(x1, x2))),
                "baseline-to-latest").clinicalSignificance();
    }

    @Test
    void recovered() throws Exception {
        // 18 ≥ 10 clinical at start; 7 < 10 not clinical at end; fall 11 ≥ 6 reliable
        ClinicalSignificance cs = phq(18, 7);
        assertThat(cs.category()).isEqualTo(Category.RECOVERED);
        assertThat(cs.clinicalAtStart()).isTrue();
        assertThat(cs.functionalAtEnd()).isTrue();
        assertThat(cs.cutoff()).isEqualTo(10.0);
        assertThat(cs.explanation()).isEqualTo("Recovered: the start score 18 was in the clinical range (at or above"
                + " 10), the end score 7 is on the healthy side of the cut-off, and the improvement is reliable.");
    }

    @Test
    void improvedButStillClinical() throws Exception {
        // 22 → 14: fall 8 ≥ 6 reliable, but 14 ≥ 10 is still clinical
        assertThat(phq(22, 14).category()).isEqualTo(Category.IMPROVED);
    }

    @Test
    void improvedFromOutsideTheClinicalRange() throws Exception {
        // 9 → 2: fall 7 reliable, but 9 < 10 was not clinical at the start → improved, not recovered
        ClinicalSignificance cs = phq(9, 2);
        assertThat(cs.category()).isEqualTo(Category.IMPROVED);
        assertThat(cs.explanation()).contains("the start score 9 was not in the clinical range");
    }

    @Test
    void unchanged() throws Exception {
        // 14 → 11: fall 3 < 6
        assertThat(phq(14, 11).category()).isEqualTo(Category.UNCHANGED);
    }

    @Test
    void deterioratedFromTheClinicalRange() throws Exception {
        // 12 → 20: rise 8 ≥ 6; 12 was already clinical → deteriorated, not harmed
        assertThat(phq(12, 20).category()).isEqualTo(Category.DETERIORATED);
    }

    @Test
    void deterioratedButStillOutsideTheClinicalRange() throws Exception {
        // 0 → 6: rise 6 (exactly the inclusive threshold) is reliable; 6 < 10 is still on the healthy side
        assertThat(phq(0, 6).category()).isEqualTo(Category.DETERIORATED);
    }

    @Test
    void harmed() throws Exception {
        // 4 → 12: rise 8 reliable; 4 was not clinical, 12 ≥ 10 is not on the healthy side → harmed
        ClinicalSignificance cs = phq(4, 12);
        assertThat(cs.category()).isEqualTo(Category.HARMED);
        assertThat(cs.clinicalAtStart()).isFalse();
        assertThat(cs.functionalAtEnd()).isFalse();
    }

    @Test
    void publishedCutoffSideIsRespectedAtTheCutoffItself() throws Exception {
        // 16 → 10: fall 6 reliable; 10 is "at or above 10" → still clinical → improved, not recovered
        assertThat(phq(16, 10).category()).isEqualTo(Category.IMPROVED);
        // 15 → 9: 9 is below 10 → recovered
        assertThat(phq(15, 9).category()).isEqualTo(Category.RECOVERED);
    }

    /** WHO-5-like, higher is better: clinical M 40 SD 10, functional M 70 SD 8; JT with SD 10, r .9. */
    private static final Psychometrics WELLBEING = Psychometrics.builder().reliability(f(0.9)).referenceSd(f(10))
            .clinicalMean(f(40)).clinicalSd(f(10)).functionalMean(f(70)).functionalSd(f(8)).build();

    @Test
    void higherIsBetterRecoveredAndHarmedWithCutoffC() throws Exception {
        // c = (10·70 + 8·40)/(10 + 8) = 1020/18 = 56.667; the clinical side is below it.
        // S_diff = √2·10·√.1 = 4.4721; 45 → 65: RCI = 20/4.4721 = 4.472 > 1.96 → improvement
        ScaleTrend up = analyse(series("WB", ScoreDirection.HIGHER_IS_BETTER, WELLBEING, pair(45, 65)));
        assertThat(up.cutoff().type()).isEqualTo("c");
        assertThat(up.cutoff().value()).isEqualTo(56.67);
        assertThat(up.cutoff().clinicalSide()).isEqualTo("below 56.67");
        assertThat(up.cutoff().derivation()).contains("c because clinical and functional norms exist",
                "= (10·70 + 8·40)/(10 + 8) = 56.67");
        ChangeComparison c = comparison(up, "baseline-to-latest");
        assertThat(c.reliableChange().indexTest().index()).isEqualTo(4.472);
        // 45 < 56.667 clinical at start; 65 > 56.667 functional at end → recovered
        assertThat(c.clinicalSignificance().category()).isEqualTo(Category.RECOVERED);
        // 65 → 45: RCI −4.472 → deterioration; 65 not clinical, 45 not functional → harmed
        ScaleTrend down = analyse(series("WB", ScoreDirection.HIGHER_IS_BETTER, WELLBEING, pair(65, 45)));
        assertThat(comparison(down, "baseline-to-latest").clinicalSignificance().category())
                .isEqualTo(Category.HARMED);
    }

    @Test
    void defaultCutoffFollowsTheAvailableNorms() throws Exception {
        // functional only → b = 70 − 2·8 = 54 (higher is better)
        Psychometrics funcOnly = Psychometrics.builder().functionalMean(f(70)).functionalSd(f(8)).build();
        CutoffUsed b = analyse(series("WB", ScoreDirection.HIGHER_IS_BETTER, funcOnly, pair(45, 65))).cutoff();
        assertThat(b.type()).isEqualTo("b");
        assertThat(b.value()).isEqualTo(54.0);
        // clinical only → a = 40 + 2·10 = 60
        Psychometrics clinOnly = Psychometrics.builder().clinicalMean(f(40)).clinicalSd(f(10)).build();
        CutoffUsed a = analyse(series("WB", ScoreDirection.HIGHER_IS_BETTER, clinOnly, pair(45, 65))).cutoff();
        assertThat(a.type()).isEqualTo("a");
        assertThat(a.value()).isEqualTo(60.0);
        // lower is better, clinical M 16 SD 5 and functional M 4 SD 3 → c = 68/8 = 8.5; a published cut-off wins
        Psychometrics both = Psychometrics.builder().clinicalMean(f(16)).clinicalSd(f(5)).functionalMean(f(4))
                .functionalSd(f(3)).build();
        assertThat(analyse(series("X", ScoreDirection.LOWER_IS_BETTER, both, pair(18, 7))).cutoff().value())
                .isEqualTo(8.5);
        CutoffUsed published = analyse(series("X", ScoreDirection.LOWER_IS_BETTER,
                both.toBuilder().cutoff(atOrAbove(10)).build(), pair(18, 7))).cutoff();
        assertThat(published.type()).isEqualTo("published");
        assertThat(published.value()).isEqualTo(10.0);
    }

    @Test
    void explicitCutoffTypeIsComputedEvenWhenAPublishedOneExists() throws Exception {
        // lower is better: a = 16 − 2·5 = 6, b = 4 + 2·3 = 10
        Psychometrics both = Psychometrics.builder().clinicalMean(f(16)).clinicalSd(f(5)).functionalMean(f(4))
                .functionalSd(f(3)).cutoff(atOrAbove(10)).build();
        ScaleSeries s = series("X", ScoreDirection.LOWER_IS_BETTER, both, pair(18, 7));
        CutoffUsed a = analyse(s, TrendOptions.defaults().withCutoffType(CutoffType.A)).cutoff();
        assertThat(a.value()).isEqualTo(6.0);
        assertThat(a.derivation()).contains("a = M_clin − 2·SD_clin = 16 − 2·5 = 6");
        assertThat(analyse(s, TrendOptions.defaults().withCutoffType(CutoffType.B)).cutoff().value())
                .isEqualTo(10.0);
    }

    @Test
    void explicitCutoffTypeWithoutNormsIsRejected() {
        ScaleSeries s = series("X", ScoreDirection.LOWER_IS_BETTER, PHQ, pair(18, 7));
        assertThatThrownBy(() -> analyse(s, TrendOptions.defaults().withCutoffType(CutoffType.C)))
                .isInstanceOfSatisfying(TrendInputException.class, e -> assertThat(e.reasons())
                        .extracting(FieldReason::field)
                        .containsExactly("clinicalMean", "clinicalSd", "functionalMean", "functionalSd"));
    }

    @Test
    void computedCutoffScoreExactlyOnItIsNeitherClinicalNorFunctional() throws Exception {
        // b = 10 (lower is better, functional M 4 SD 3); JT SD 5, r .84 → S_diff 2.828, threshold 5.54
        // 10 → 2: RCI = −8/2.828 = −2.828 → improvement; 10 is neither clinical (10 > 10 false) → improved
        Psychometrics p = Psychometrics.builder().reliability(f(0.84)).referenceSd(f(5)).functionalMean(f(4))
                .functionalSd(f(3)).build();
        ClinicalSignificance cs = comparison(analyse(series("X", ScoreDirection.LOWER_IS_BETTER, p, pair(10, 2))),
                "baseline-to-latest").clinicalSignificance();
        assertThat(cs.clinicalAtStart()).isFalse();
        assertThat(cs.functionalAtEnd()).isTrue();
        assertThat(cs.category()).isEqualTo(Category.IMPROVED);
    }

    @Test
    void noCutoffLeavesRecoveredUndecidedButUnchangedIsStillKnown() throws Exception {
        Psychometrics p = Psychometrics.builder().reliableChangeThreshold(threshold(6, true)).build();
        ScaleTrend big = analyse(series("X", ScoreDirection.LOWER_IS_BETTER, p, pair(18, 7)));
        assertThat(big.cutoff().value()).isNull();
        assertThat(big.cutoff().missing()).contains("cutoff", "clinicalMean", "functionalMean");
        ClinicalSignificance cs = comparison(big, "baseline-to-latest").clinicalSignificance();
        assertThat(cs.category()).isNull();
        assertThat(cs.explanation()).contains("recovered cannot be told from improved");
        assertThat(comparison(analyse(series("X", ScoreDirection.LOWER_IS_BETTER, p, pair(18, 16))),
                "baseline-to-latest").clinicalSignificance().category()).isEqualTo(Category.UNCHANGED);
    }

    @Test
    void hagemanArrindellUsesIndividualClinicalSignificance() throws Exception {
        // Figures of ChangeIndicesTest.hagemanArrindell; published cut-off 14 (at or above is clinical).
        // RC_ID = −3.18154 < −1.65 → improvement; CS_indiv = −2.11576, direction·CS = 2.116 > 1.65 and
        // 20 ≥ 14 clinical at start → functional at end → recovered
        Psychometrics p = Psychometrics.builder().reliability(f(0.9)).referenceMean(f(15)).referenceSd(f(7.7))
                .postMean(f(10)).postSd(f(8)).prePostCorrelation(f(0.5)).cutoff(atOrAbove(14)).build();
        ClinicalSignificance cs = comparison(analyse(series("X", ScoreDirection.LOWER_IS_BETTER, p, pair(20, 9)),
                TrendOptions.defaults().withMethod(ReliableChangeMethod.HAGEMAN_ARRINDELL)), "baseline-to-latest")
                .clinicalSignificance();
        assertThat(cs.individualSignificance()).isEqualTo(-2.116);
        assertThat(cs.category()).isEqualTo(Category.RECOVERED);
    }

    @Test
    void hagemanArrindellComputesTrueCutoffs() throws Exception {
        // SD₁ 5, r .84 → SE 2; clinical M 16 SD 5, functional M 4 SD 3 → c_true = 7.93521 (ChangeIndicesTest)
        CutoffUsed c = hagemanArrindellCutoff(null);
        assertThat(c.type()).isEqualTo("c-true");
        assertThat(c.value()).isEqualTo(7.94);
        // SE = 5·√(1 − .84) = 2
        assertThat(c.derivation()).isEqualTo("No published cut-off; c because clinical and functional norms exist: "
                + "c_true = (SD_clin·√r_clin·M_func + SD_func·√r_func·M_clin)/(SD_clin·√r_clin + SD_func·√r_func) "
                + "with SE = SD₁·√(1 − r_xx) = 2: 7.94 (Hageman–Arrindell true cut-off, because the method is "
                + "Hageman–Arrindell); the clinical side is above 7.94.");
    }

    @Test
    void hagemanArrindellTrueCutoffAIsWordedWithItsFigures() throws Exception {
        // SE 2 as above; r_clin = (5² − 2²)/5² = 0.84; lower is better, so a_true = 16 − 2·5·√0.84 = 16 − 9.16515
        // = 6.83485
        CutoffUsed c = hagemanArrindellCutoff(CutoffType.A);
        assertThat(c.type()).isEqualTo("a-true");
        assertThat(c.value()).isEqualTo(6.83);
        assertThat(c.derivation()).isEqualTo("Cut-off type a chosen by the caller: a_true = M_clin − 2·SD_clin·√r_clin, "
                + "r_clin = (SD_clin² − SE²)/SD_clin² = 0.84 with SE = SD₁·√(1 − r_xx) = 2: 6.83 (Hageman–Arrindell true "
                + "cut-off, because the method is Hageman–Arrindell); the clinical side is above 6.83.");
    }

    /** The cut-off of a lower-is-better scale under Hageman–Arrindell with the norms above, of the type given or not. */
    private static CutoffUsed hagemanArrindellCutoff(CutoffType type) throws Exception {
        Psychometrics p = Psychometrics.builder().reliability(f(0.84)).referenceMean(f(16)).referenceSd(f(5))
                .postMean(f(10)).postSd(f(6)).prePostCorrelation(f(0.5)).clinicalMean(f(16)).clinicalSd(f(5))
                .functionalMean(f(4)).functionalSd(f(3)).build();
        TrendOptions options = TrendOptions.defaults().withMethod(ReliableChangeMethod.HAGEMAN_ARRINDELL);
        return analyse(series("X", ScoreDirection.LOWER_IS_BETTER, p, pair(20, 9)),
                type == null ? options : options.withCutoffType(type)).cutoff();
    }
}
