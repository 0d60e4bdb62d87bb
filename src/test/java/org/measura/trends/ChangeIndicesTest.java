package org.measura.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Every formula of docs/reference/change-methods.md §1, §2, §4, §5 against values worked out by hand. Shared
 * figures: X₁ = 20, X₂ = 9, M₁ = 15, SD₁ = 7.7, r_xx = .90.
 */
class ChangeIndicesTest {

    private static final double X1 = 20;
    private static final double X2 = 9;
    private static final double M1 = 15;
    private static final double SD1 = 7.7;
    private static final double R = 0.90;

    @Test
    void jacobsonTruax() {
        // SE_m = 7.7·√(1 − .90) = 7.7·0.316228 = 2.43495
        assertThat(ChangeIndices.standardError(SD1, R)).isCloseTo(2.43495, within(1e-5));
        // S_diff = √2 · 2.43495 = 3.44354
        assertThat(ChangeIndices.differenceSd(SD1, R)).isCloseTo(3.44354, within(1e-5));
        // RCI = (9 − 20)/3.44354 = −11/3.44354 = −3.19438
        assertThat(ChangeIndices.jacobsonTruax(X1, X2, SD1, R)).isCloseTo(-3.19438, within(1e-5));
    }

    @Test
    void referenceIllustration() {
        // docs/reference/change-methods.md §1 illustration: SD₁ 5.5, r .84 → SE 5.5·0.4 = 2.2, S_diff 2.2·√2 = 3.111
        assertThat(ChangeIndices.standardError(5.5, 0.84)).isCloseTo(2.2, within(1e-9));
        assertThat(ChangeIndices.differenceSd(5.5, 0.84)).isCloseTo(3.1113, within(1e-4));
    }

    @Test
    void gulliksenLordNovick() {
        // [(9 − 15) − .9·(20 − 15)] / (7.7·√(1 − .81)) = (−6 − 4.5) / (7.7·0.435890) = −10.5 / 3.356352 = −3.12840
        assertThat(ChangeIndices.gulliksenLordNovick(X1, X2, M1, SD1, R)).isCloseTo(-3.12840, within(1e-5));
    }

    @Test
    void hsuLinnLord() {
        // M₂ = 10: [(9 − 10) − .9·(20 − 15)] / 3.356352 = (−1 − 4.5) / 3.356352 = −1.63868
        assertThat(ChangeIndices.hsuLinnLord(X1, X2, M1, 10, SD1, R)).isCloseTo(-1.63868, within(1e-5));
    }

    @Test
    void edwardsNunnally() {
        // [9 − (.9·5 + 15)] / (7.7·√.1) = (9 − 19.5) / 2.434954 = −10.5 / 2.434954 = −4.31220
        assertThat(ChangeIndices.edwardsNunnally(X1, X2, M1, SD1, R)).isCloseTo(-4.31220, within(1e-5));
    }

    @Test
    void nunnallyKotsch() {
        // r_yy = .85: √(.81·59.29·.1 + 59.29·.15) = √(4.80249 + 8.8935) = √13.69599 = 3.700810
        // (9 − 19.5) / 3.700810 = −2.83722
        assertThat(ChangeIndices.nunnallyKotsch(X1, X2, M1, SD1, R, 0.85)).isCloseTo(-2.83722, within(1e-5));
    }

    @Test
    void hagemanArrindell() {
        // SD₂ = 8, M₂ = 10, r₁₂ = .5. SE² = 59.29·.1 = 5.929.
        // r_xx1 = (59.29 − 5.929)/59.29 = .9; r_xx2 = (64 − 5.929)/64 = 58.071/64 = 0.907359
        assertThat(ChangeIndices.haReliabilityAt(8, ChangeIndices.standardError(SD1, R)))
                .isCloseTo(0.907359, within(1e-6));
        // r_dd = (59.29·.9 + 64·0.907359 − 2·7.7·8·.5) / (59.29 + 64 − 61.6) = (53.361 + 58.071 − 61.6) / 61.69
        //      = 49.832 / 61.69 = 0.807781
        assertThat(ChangeIndices.haReliabilityOfDifference(SD1, 8, R, 0.5)).isCloseTo(0.807781, within(1e-6));
        // RC_ID = [(−11)·0.807781 + (−5)·0.192219] / (√0.807781 · √(2·5.929))
        //       = (−8.885591 − 0.961095) / (0.898766 · 3.443545) = −9.846686 / 3.094942 = −3.18154
        assertThat(ChangeIndices.hagemanArrindell(X1, X2, M1, 10, SD1, 8, R, 0.5)).isCloseTo(-3.18154,
                within(1e-4));
        // CS_indiv with cut-off 14: [10 + (9 − 10)·0.907359 − 14] / (√0.907359 · 2.434954)
        //       = −4.907359 / (0.952554 · 2.434954) = −4.907359 / 2.319426 = −2.11576
        assertThat(ChangeIndices.haIndividualSignificance(X2, 10, SD1, 8, R, 14)).isCloseTo(-2.11576,
                within(1e-4));
    }

    @Test
    void cutoffsLowerIsBetter() {
        // clinical M 16, SD 5; functional M 4, SD 3; direction −1
        // a = 16 − 2·5 = 6; b = 4 + 2·3 = 10; c = (5·4 + 3·16)/(5 + 3) = 68/8 = 8.5
        assertThat(ChangeIndices.cutoffA(16, 5, -1)).isEqualTo(6.0);
        assertThat(ChangeIndices.cutoffB(4, 3, -1)).isEqualTo(10.0);
        assertThat(ChangeIndices.cutoffC(16, 5, 4, 3)).isEqualTo(8.5);
    }

    @Test
    void cutoffsHigherIsBetter() {
        // clinical M 40, SD 10; functional M 70, SD 8; direction +1
        // a = 40 + 2·10 = 60; b = 70 − 2·8 = 54; c = (10·70 + 8·40)/18 = 1020/18 = 56.6667
        assertThat(ChangeIndices.cutoffA(40, 10, 1)).isEqualTo(60.0);
        assertThat(ChangeIndices.cutoffB(70, 8, 1)).isEqualTo(54.0);
        assertThat(ChangeIndices.cutoffC(40, 10, 70, 8)).isCloseTo(56.6667, within(1e-4));
    }

    @Test
    void trueCutoffs() {
        // SE = 5·√(1 − .84) = 2, SE² = 4. r_clin = (25 − 4)/25 = .84, √ = 0.916515;
        // r_func = (9 − 4)/9 = 0.555556, √ = 0.745356
        double se = ChangeIndices.standardError(5, 0.84);
        // a_true = 16 − 2·5·0.916515 = 6.83485
        assertThat(ChangeIndices.trueCutoffA(16, 5, se, -1)).isCloseTo(6.83485, within(1e-5));
        // b_true = 4 + 2·3·0.745356 = 8.47214
        assertThat(ChangeIndices.trueCutoffB(4, 3, se, -1)).isCloseTo(8.47214, within(1e-5));
        // c_true = (4.582576·4 + 2.236068·16)/(4.582576 + 2.236068) = 54.107392/6.818644 = 7.93521
        assertThat(ChangeIndices.trueCutoffC(16, 5, 4, 3, se)).isCloseTo(7.93521, within(1e-5));
    }
}
